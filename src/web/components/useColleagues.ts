import { useEffect, useState } from "react";
import { staff as staffApi } from "../api/endpoints";
import type { Colleague } from "../api/types";

/**
 * The municipality's active staff, to choose a counsellor or coordinator from. Empty while loading
 * or when the list cannot be had; callers then leave the choice out.
 */
export function useColleagues(): Colleague[] {
  const [colleagues, setColleagues] = useState<Colleague[]>([]);
  useEffect(() => {
    let cancelled = false;
    staffApi.list().then(
      (page) => {
        if (!cancelled) setColleagues(page.items);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return colleagues;
}
