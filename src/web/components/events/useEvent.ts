import { useCallback, useEffect, useState } from "react";
import { type MatchmakingEvent, matchmakingEvents } from "../../api/events";

export interface LoadedEvent {
  event: MatchmakingEvent | null;
  setEvent: (event: MatchmakingEvent) => void;
  error: unknown;
  /** Loads it again: after a change that moves its status or counts, or when the window closed. */
  reload: () => void;
}

export function useEvent(id: string): LoadedEvent {
  const [event, setEvent] = useState<MatchmakingEvent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is a reload signal.
  useEffect(() => {
    let cancelled = false;
    setError(null);
    matchmakingEvents.get(id).then(
      (found) => {
        if (!cancelled) setEvent(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { event, setEvent, error, reload };
}
