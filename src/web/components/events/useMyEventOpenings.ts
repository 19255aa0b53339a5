import { useEffect, useState } from "react";
import { ProblemError } from "../../api/client";
import { openings } from "../../api/endpoints";
import { type MatchmakingEvent, type MyEventOpening, matchmakingEvents } from "../../api/events";

/** A company has a handful of openings; one page holds them all. */
const OWN_OPENINGS_LIMIT = 200;

export interface MyEventOpenings {
  items: MyEventOpening[] | null;
  error: unknown;
}

/**
 * The company contact's own openings that take part in an event. The event carries them when the
 * server sends `myOpenings`; otherwise each of the company's openings is asked for its ranking in the
 * event, and the ones the server does not know there (404) are not in it.
 */
export function useMyEventOpenings(event: MatchmakingEvent): MyEventOpenings {
  const [items, setItems] = useState<MyEventOpening[] | null>(event.myOpenings ?? null);
  const [error, setError] = useState<unknown>(null);
  const eventId = event.id;
  const given = event.myOpenings;

  useEffect(() => {
    if (given) {
      setItems(given);
      return;
    }
    let cancelled = false;
    (async () => {
      const own = await openings.list({ limit: OWN_OPENINGS_LIMIT });
      const found = await Promise.all(
        own.items.map(async (opening): Promise<MyEventOpening | null> => {
          try {
            const ranking = await matchmakingEvents.openingRanking(eventId, opening.id);
            return { id: opening.id, title: opening.title, ranked: ranking.ranking.length > 0 };
          } catch (failure) {
            if (failure instanceof ProblemError && failure.status === 404) return null;
            throw failure;
          }
        }),
      );
      return found.filter((opening): opening is MyEventOpening => opening !== null);
    })().then(
      (found) => {
        if (!cancelled) setItems(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [eventId, given]);

  return { items, error };
}
