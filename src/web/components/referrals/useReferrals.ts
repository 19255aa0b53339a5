import { useCallback, useEffect, useState } from "react";
import { type Referral, type Referrals, referrals } from "../../api/referrals";

export interface ReferralsState {
  data: Referrals | null;
  error: unknown;
  loading: boolean;
  /** Replaces one referral in place, e.g. after the young person put it aside. */
  update: (id: string, change: (referral: Referral) => Referral) => void;
}

/** The reader's referrals (sent and received), fetched once per mount. */
export function useReferrals(enabled = true): ReferralsState {
  const [data, setData] = useState<Referrals | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(enabled);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    referrals.list().then(
      (found) => {
        if (!current) return;
        setData(found);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [enabled]);

  const update = useCallback<ReferralsState["update"]>((id, change) => {
    setData((previous) =>
      previous
        ? {
            sent: previous.sent.map((item) => (item.id === id ? change(item) : item)),
            received: previous.received.map((item) => (item.id === id ? change(item) : item)),
          }
        : previous,
    );
  }, []);

  return { data, error, loading, update };
}
