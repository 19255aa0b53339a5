import { useState } from "react";
import type { Role } from "../../api/types";
import { AuditEventsSection } from "./AuditEventsSection";
import { InviteUserForm } from "./InviteUserForm";
import { UsersSection } from "./UsersSection";

/** A municipality admin may invite these roles (the server enforces it too). */
const INVITABLE_ROLES: readonly Role[] = ["staff", "municipality_admin"];
const MUNICIPAL_ROLES: readonly Role[] = ["youth", "company_contact", "staff", "municipality_admin"];

export function MunicipalityAdminHome() {
  const [version, setVersion] = useState(0);
  const reload = (): void => setVersion((current) => current + 1);
  return (
    <>
      <UsersSection filterRoles={MUNICIPAL_ROLES} showMunicipality={false} version={version} />
      <InviteUserForm roles={INVITABLE_ROLES} onInvited={reload} />
      <AuditEventsSection version={version} />
    </>
  );
}
