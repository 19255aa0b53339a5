import { useCallback, useState } from "react";

export interface Dismissals {
  /** The item was hidden (or, in the list of hidden ones, shown again) since the list was loaded. */
  isChanged: (key: string) => boolean;
  busyKey: string | null;
  failure: { key: string; error: unknown } | null;
  /** Calls the API for the item and flips its state; the caller picks dismiss or undo. */
  toggle: (key: string, call: () => Promise<unknown>) => Promise<boolean>;
  /** Forget the changes, e.g. when the list is loaded afresh with other filters. */
  reset: () => void;
}

/**
 * "Not for me" with undo: a hidden item stays in its place as one line with an undo button, so
 * nothing jumps under the thumb and the choice is easy to take back.
 */
export function useDismissals(): Dismissals {
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ key: string; error: unknown } | null>(null);

  const toggle = useCallback(async (key: string, call: () => Promise<unknown>) => {
    setBusyKey(key);
    setFailure(null);
    try {
      await call();
      setChanged((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      });
      return true;
    } catch (error) {
      setFailure({ key, error });
      return false;
    } finally {
      setBusyKey(null);
    }
  }, []);

  const isChanged = useCallback((key: string) => changed.has(key), [changed]);
  const reset = useCallback(() => {
    setChanged(new Set());
    setFailure(null);
  }, []);

  return { isChanged, busyKey, failure, toggle, reset };
}
