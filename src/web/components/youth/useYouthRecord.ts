import { useCallback, useEffect, useState } from "react";
import { youth as youthApi } from "../../api/endpoints";
import type { YouthFull } from "../../api/types";

export interface YouthRecord {
  youth: YouthFull | null;
  loading: boolean;
  error: unknown;
  /** Replace the record with the server's answer after a change. */
  setYouth: (youth: YouthFull) => void;
  reload: () => void;
}

/** A young person in full: the logged-in young person themself (no id) or one a caseworker opens. */
export function useYouthRecord(id?: string): YouthRecord {
  const [youth, setYouthState] = useState<YouthFull | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is a reload signal.
  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setError(null);
    (id ? youthApi.get(id) : youthApi.me()).then(
      (found) => {
        if (cancelled) return;
        setYouthState(found);
        setLoading(false);
      },
      (failure: unknown) => {
        if (cancelled) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, version]);

  const setYouth = useCallback((next: YouthFull) => setYouthState(next), []);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { youth, loading, error, setYouth, reload };
}
