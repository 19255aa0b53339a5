import { apiRequest, withQuery } from "./client";
import type {
  AuditEvent,
  InvitationPreview,
  Locale,
  Me,
  Municipality,
  OutboxMail,
  Page,
  Role,
  SessionStart,
  User,
} from "./types";

export interface PageQuery {
  limit?: number;
  cursor?: string | null;
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  municipalityId?: string;
}

export interface NewMunicipality {
  name: string;
  slug: string;
  code: string;
}

const path = (segment: string): string => encodeURIComponent(segment);

export const auth = {
  login: (email: string, password: string) =>
    apiRequest<SessionStart>("POST", "/api/auth/login", {
      body: { email, password },
      expectUnauthorized: true,
    }),
  logout: () => apiRequest<undefined>("POST", "/api/auth/logout", { expectUnauthorized: true }),
  csrf: () => apiRequest<{ csrfToken: string }>("GET", "/api/auth/csrf", { expectUnauthorized: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiRequest<undefined>("POST", "/api/auth/password", { body: { currentPassword, newPassword } }),
  invitation: (token: string) =>
    apiRequest<InvitationPreview>("GET", `/api/auth/invitation/${path(token)}`, { expectUnauthorized: true }),
  acceptInvitation: (token: string, password: string) =>
    apiRequest<SessionStart>("POST", "/api/auth/invitation", {
      body: { token, password },
      expectUnauthorized: true,
    }),
  requestPasswordReset: (email: string) =>
    apiRequest<undefined>("POST", "/api/auth/password-reset", { body: { email }, expectUnauthorized: true }),
  confirmPasswordReset: (token: string, password: string) =>
    apiRequest<undefined>("POST", "/api/auth/password-reset/confirm", {
      body: { token, password },
      expectUnauthorized: true,
    }),
};

export const me = {
  get: () => apiRequest<Me>("GET", "/api/me", { expectUnauthorized: true }),
  setLocale: (locale: Locale) => apiRequest<Me>("PATCH", "/api/me", { body: { locale } }),
};

export const municipalities = {
  list: (query: PageQuery = {}) =>
    apiRequest<Page<Municipality>>("GET", withQuery("/api/municipalities", { ...query })),
  create: (input: NewMunicipality) =>
    apiRequest<Municipality>("POST", "/api/municipalities", { body: input }),
};

export const users = {
  list: (query: PageQuery & { role?: Role | null } = {}) =>
    apiRequest<Page<User>>("GET", withQuery("/api/users", { ...query })),
  get: (id: string) => apiRequest<User>("GET", `/api/users/${path(id)}`),
  invite: (input: NewUser) => apiRequest<User>("POST", "/api/users", { body: input }),
  disable: (id: string) => apiRequest<User>("POST", `/api/users/${path(id)}/disable`),
};

export const auditEvents = {
  list: (query: PageQuery = {}) =>
    apiRequest<Page<AuditEvent>>("GET", withQuery("/api/audit-events", { ...query })),
};

export const outbox = {
  list: (query: PageQuery = {}) =>
    apiRequest<Page<OutboxMail>>("GET", withQuery("/api/admin/outbox", { ...query })),
};
