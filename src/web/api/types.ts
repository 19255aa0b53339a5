export type Locale = "da" | "en";

export const ROLES = [
  "youth",
  "company_contact",
  "staff",
  "municipality_admin",
  "researcher",
  "system_admin",
] as const;
export type Role = (typeof ROLES)[number];

export type UserStatus = "invited" | "active" | "disabled";

export interface Municipality {
  id: string;
  name: string;
  slug: string;
  code: string;
}

export interface MunicipalityRef {
  id: string;
  slug: string;
  name: string;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  municipality: MunicipalityRef | null;
  locale: Locale;
}

export interface User extends Me {
  status: UserStatus;
  createdAt: string;
}

/** The audit actions the server writes (src/server/audit/audit.ts); others are shown as their code. */
export const auditActions = [
  "auth.login_succeeded",
  "auth.login_failed",
  "auth.logout",
  "auth.password_changed",
  "auth.password_reset_requested",
  "auth.password_reset",
  "user.invited",
  "user.invitation_accepted",
  "user.disabled",
  "municipality.created",
  "company.created",
  "company.updated",
  "company.imported",
  "opening.created",
  "opening.updated",
  "opening.status_changed",
  "wish.created",
  "wish.updated",
  "wish.withdrawn",
  "wish.answered",
] as const;
export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(action: string): action is AuditAction {
  return auditActions.some((known) => known === action);
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  action: string;
  actor: { id: string; displayName: string } | null;
  municipality: MunicipalityRef | null;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface SessionStart {
  user: Me;
  csrfToken: string;
}

export interface InvitationPreview {
  email: string;
  displayName: string;
}

export interface FieldProblem {
  path: string;
  message: string;
}

/** RFC 9457 problem details as the server sends them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  requestId?: string;
}
