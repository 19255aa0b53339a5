import { useCallback, useEffect, useState } from "react";
import type { Page } from "../api/types";

export interface CursorList<T> {
  items: T[];
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
  replaceItem: (item: T, isSame: (candidate: T) => boolean) => void;
}

/**
 * A cursor-paginated list: loads the first page whenever `fetchPage` changes (wrap it in useCallback with
 * the filters it depends on) and appends further pages on loadMore.
 */
export function useCursorList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setError(null);
    fetchPage(null).then(
      (page) => {
        if (cancelled) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setLoading(false);
      },
      (failure: unknown) => {
        if (cancelled) return;
        setItems([]);
        setNextCursor(null);
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (!nextCursor) return;
    setLoadingMore(true);
    setError(null);
    fetchPage(nextCursor).then(
      (page) => {
        setItems((current) => [...current, ...page.items]);
        setNextCursor(page.nextCursor);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        setError(failure);
        setLoadingMore(false);
      },
    );
  }, [fetchPage, nextCursor]);

  const replaceItem = useCallback((item: T, isSame: (candidate: T) => boolean) => {
    setItems((current) => current.map((candidate) => (isSame(candidate) ? item : candidate)));
  }, []);

  return { items, loading, loadingMore, error, hasMore: nextCursor !== null, loadMore, replaceItem };
}
