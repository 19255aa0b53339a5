import { useCallback, useEffect, useState } from "react";
import { companies, openings } from "../../api/endpoints";
import type { Company } from "../../api/types";

export type OwnCompany =
  | { status: "loading" }
  | { status: "found"; company: Company }
  /** The contact's company has no opening yet, so its id cannot be learnt (see the report). */
  | { status: "unknown" }
  | { status: "error"; error: unknown };

/**
 * The company a company contact speaks for. The API has no "my company" route and /api/me does not
 * name the company, so its id comes from the contact's own openings (a contact sees only theirs).
 */
export function useOwnCompany(): { own: OwnCompany; setCompany: (company: Company) => void } {
  const [own, setOwn] = useState<OwnCompany>({ status: "loading" });

  useEffect(() => {
    let cancelled = false;
    openings
      .list({ limit: 1 })
      .then((page) => {
        const first = page.items[0];
        return first ? companies.get(first.company.id) : null;
      })
      .then(
        (company) => {
          if (!cancelled) setOwn(company ? { status: "found", company } : { status: "unknown" });
        },
        (error: unknown) => {
          if (!cancelled) setOwn({ status: "error", error });
        },
      );
    return () => {
      cancelled = true;
    };
  }, []);

  const setCompany = useCallback((company: Company) => setOwn({ status: "found", company }), []);
  return { own, setCompany };
}
