import { useCallback, useEffect, useState } from "react";
import { companies } from "../../api/endpoints";
import type { Company } from "../../api/types";

export type OwnCompany =
  | { status: "loading" }
  | { status: "found"; company: Company }
  | { status: "error"; error: unknown };

/** The company a company contact speaks for. */
export function useOwnCompany(): { own: OwnCompany; setCompany: (company: Company) => void } {
  const [own, setOwn] = useState<OwnCompany>({ status: "loading" });

  useEffect(() => {
    let cancelled = false;
    companies.mine().then(
      (company) => {
        if (!cancelled) setOwn({ status: "found", company });
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
