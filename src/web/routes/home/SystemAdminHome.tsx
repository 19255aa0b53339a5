import { useCallback, useEffect, useState } from "react";
import { municipalities as municipalitiesApi } from "../../api/endpoints";
import { type Municipality, ROLES } from "../../api/types";
import { AuditEventsSection } from "./AuditEventsSection";
import { InviteUserForm } from "./InviteUserForm";
import { MunicipalitiesSection } from "./MunicipalitiesSection";
import { OutboxSection } from "./OutboxSection";
import { UsersSection } from "./UsersSection";

/** Denmark has 98 municipalities, so two pages of the maximum size always hold them all. */
async function fetchAllMunicipalities(): Promise<Municipality[]> {
  const all: Municipality[] = [];
  let cursor: string | null = null;
  do {
    const page = await municipalitiesApi.list({ limit: 200, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

const byName = (a: Municipality, b: Municipality): number => a.name.localeCompare(b.name, "da");

export function SystemAdminHome() {
  const [municipalities, setMunicipalities] = useState<Municipality[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback((): void => setVersion((current) => current + 1), []);

  useEffect(() => {
    let cancelled = false;
    fetchAllMunicipalities().then(
      (all) => {
        if (cancelled) return;
        setMunicipalities(all.sort(byName));
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
  }, []);

  const addMunicipality = useCallback(
    (municipality: Municipality) => {
      setMunicipalities((current) => [...current, municipality].sort(byName));
      reload();
    },
    [reload],
  );

  return (
    <>
      <MunicipalitiesSection
        municipalities={municipalities}
        loading={loading}
        error={error}
        onCreated={addMunicipality}
      />
      <UsersSection filterRoles={ROLES} showMunicipality version={version} />
      <InviteUserForm roles={ROLES} municipalities={municipalities} onInvited={reload} />
      <OutboxSection version={version} />
      <AuditEventsSection version={version} />
    </>
  );
}
