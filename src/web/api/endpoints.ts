import { apiRequest, withQuery } from "./client";
import type {
  AuditEvent,
  ChemistryAnswer,
  Colleague,
  Company,
  CompanyContact,
  CompanyProfile,
  ConsentKind,
  Experience,
  IncomingInterest,
  Interest,
  InterestListItem,
  InterestSide,
  InvitationPreview,
  Locale,
  MatchEndReason,
  MatchListItem,
  Me,
  Meeting,
  Message,
  MessageReport,
  Municipality,
  NotificationPreferences,
  Opening,
  OpeningContent,
  OpeningRecommendation,
  OpeningStatus,
  OutboxMail,
  Page,
  PartVisibility,
  Pipeline,
  PostalCode,
  ProfilePart,
  ProgressEntry,
  ProgressScores,
  RecommendationPage,
  Role,
  SensitiveInformation,
  SessionStart,
  User,
  VocabularyEntry,
  Wish,
  WishContent,
  WishStatus,
  YouthCompanyView,
  YouthFull,
  YouthListItem,
  YouthReadiness,
  YouthRecommendation,
  YouthStatus,
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

/** The municipality's active staff, to choose a counsellor or coordinator from. */
export const staff = {
  list: () => apiRequest<Page<Colleague>>("GET", withQuery("/api/staff", { limit: 200 })),
};

export const auditEvents = {
  list: (query: PageQuery = {}) =>
    apiRequest<Page<AuditEvent>>("GET", withQuery("/api/audit-events", { ...query })),
};

export const outbox = {
  list: (query: PageQuery = {}) =>
    apiRequest<Page<OutboxMail>>("GET", withQuery("/api/admin/outbox", { ...query })),
};

export interface YouthListQuery extends PageQuery {
  q?: string | null;
  status?: YouthStatus | null;
  counsellorId?: string | null;
  field?: string | null;
}

export interface NewYouth {
  displayName: string;
  email: string;
  birthDate: string;
  phone?: string;
  postalCode: string;
  counsellorId: string;
  cpr?: string;
}

export interface YouthChanges {
  phone?: string | null;
  postalCode?: string;
  counsellorId?: string;
  status?: YouthStatus;
  readiness?: YouthReadiness;
}

/** Any subset of the profile parts, with the visibility of any parts: the guided form saves step by step. */
export interface ProfileChanges {
  aboutMe?: string | null;
  strengths?: string[];
  interests?: string[];
  experiences?: Experience[];
  wantsToLearn?: string | null;
  availability?: { hoursPerWeek: number | null; weekdays: number[] };
  travel?: { maxKm: number | null };
  drivingLicence?: boolean | null;
  languages?: string[];
  earliestStart?: string | null;
  visibility?: Partial<Record<ProfilePart, PartVisibility>>;
}

export interface SensitiveChanges {
  health: string | null;
  treatment: string | null;
  otherSupport: string | null;
}

/** The version of the consent texts in the i18n files (consent.*); sent with every consent given or withdrawn. */
export const CONSENT_TEXT_VERSION = "2026-11-1";

export const youth = {
  list: (query: YouthListQuery = {}) =>
    apiRequest<Page<YouthListItem>>("GET", withQuery("/api/youth", { ...query })),
  me: () => apiRequest<YouthFull>("GET", "/api/youth/me"),
  get: (id: string) => apiRequest<YouthFull>("GET", `/api/youth/${path(id)}`),
  enrol: (input: NewYouth) => apiRequest<YouthFull>("POST", "/api/youth", { body: input }),
  update: (id: string, changes: YouthChanges) =>
    apiRequest<YouthFull>("PATCH", `/api/youth/${path(id)}`, { body: changes }),
  updateProfile: (id: string, changes: ProfileChanges) =>
    apiRequest<YouthFull>("PATCH", `/api/youth/${path(id)}/profile`, { body: changes }),
  recordConsent: (id: string, kind: ConsentKind, granted: boolean) =>
    apiRequest<YouthFull>("POST", `/api/youth/${path(id)}/consents`, {
      body: { kind, granted, textVersion: CONSENT_TEXT_VERSION },
    }),
  companyView: (id: string) => apiRequest<YouthCompanyView>("GET", `/api/youth/${path(id)}/company-view`),
  revealCpr: (id: string) => apiRequest<{ cpr: string }>("POST", `/api/youth/${path(id)}/cpr/reveal`),
  progress: (id: string) => apiRequest<{ items: ProgressEntry[] }>("GET", `/api/youth/${path(id)}/progress`),
  recordProgress: (id: string, input: ProgressScores & { recordedOn: string }) =>
    apiRequest<undefined>("POST", `/api/youth/${path(id)}/progress`, { body: input }),
  sensitive: (id: string) => apiRequest<SensitiveInformation>("GET", `/api/youth/${path(id)}/sensitive`),
  saveSensitive: (id: string, input: SensitiveChanges) =>
    apiRequest<SensitiveInformation>("PUT", `/api/youth/${path(id)}/sensitive`, { body: input }),
};

export const reference = {
  occupationFields: () => apiRequest<{ items: VocabularyEntry[] }>("GET", "/api/reference/occupation-fields"),
  strengths: () => apiRequest<{ items: VocabularyEntry[] }>("GET", "/api/reference/strengths"),
  support: () => apiRequest<{ items: VocabularyEntry[] }>("GET", "/api/reference/support"),
  postalCode: (code: string) => apiRequest<PostalCode>("GET", `/api/postal-codes/${path(code)}`),
};

export interface OpeningListQuery extends PageQuery {
  companyId?: string | null;
  status?: OpeningStatus | null;
  field?: string | null;
  minHours?: number | null;
  maxHours?: number | null;
  postalCode?: string | null;
  maxKm?: number | null;
}

export const openings = {
  list: (query: OpeningListQuery = {}) =>
    apiRequest<Page<Opening>>("GET", withQuery("/api/openings", { ...query })),
  get: (id: string) => apiRequest<Opening>("GET", `/api/openings/${path(id)}`),
  create: (input: OpeningContent & { companyId?: string }) =>
    apiRequest<Opening>("POST", "/api/openings", { body: input }),
  update: (id: string, changes: Partial<OpeningContent>) =>
    apiRequest<Opening>("PATCH", `/api/openings/${path(id)}`, { body: changes }),
  changeStatus: (id: string, status: OpeningStatus) =>
    apiRequest<Opening>("POST", `/api/openings/${path(id)}/status`, { body: { status } }),
};

export const wishes = {
  list: (query: PageQuery & { status?: WishStatus | null; field?: string | null } = {}) =>
    apiRequest<Page<Wish>>("GET", withQuery("/api/wishes", { ...query })),
  get: (id: string) => apiRequest<Wish>("GET", `/api/wishes/${path(id)}`),
  create: (input: WishContent) => apiRequest<Wish>("POST", "/api/wishes", { body: input }),
  update: (id: string, changes: Partial<WishContent>) =>
    apiRequest<Wish>("PATCH", `/api/wishes/${path(id)}`, { body: changes }),
  withdraw: (id: string) => apiRequest<Wish>("POST", `/api/wishes/${path(id)}/withdraw`),
  answer: (id: string, opening: OpeningContent) =>
    apiRequest<Opening>("POST", `/api/wishes/${path(id)}/answer`, { body: opening }),
};

export interface CompanyListQuery extends PageQuery {
  q?: string | null;
  coordinatorId?: string | null;
  industry?: string | null;
}

export interface CompanyChanges extends Partial<CompanyProfile> {
  coordinatorId?: string | null;
  networkMemberSince?: string | null;
}

export const companies = {
  list: (query: CompanyListQuery = {}) =>
    apiRequest<Page<Company>>("GET", withQuery("/api/companies", { ...query })),
  get: (id: string) => apiRequest<Company>("GET", `/api/companies/${path(id)}`),
  /** The company the logged-in company contact speaks for. */
  mine: () => apiRequest<Company>("GET", "/api/companies/mine"),
  create: (input: CompanyProfile & { coordinatorId?: string | null; networkMemberSince?: string | null }) =>
    apiRequest<Company>("POST", "/api/companies", { body: input }),
  update: (id: string, changes: CompanyChanges) =>
    apiRequest<Company>("PATCH", `/api/companies/${path(id)}`, { body: changes }),
  contacts: (id: string) =>
    apiRequest<{ items: CompanyContact[] }>("GET", `/api/companies/${path(id)}/contacts`),
  inviteContact: (id: string, input: { email: string; displayName: string; jobTitle?: string }) =>
    apiRequest<CompanyContact>("POST", `/api/companies/${path(id)}/contacts`, { body: input }),
  /** The CSV import's template; the import itself goes through uploadCompanyCsv (text/csv with progress). */
  importTemplateUrl: "/api/companies/import/template.csv",
};

export const networkYouth = {
  list: (query: PageQuery & { field?: string | null } = {}) =>
    apiRequest<Page<YouthCompanyView>>("GET", withQuery("/api/youth", { ...query })),
  get: (id: string) => apiRequest<YouthCompanyView>("GET", `/api/youth/${path(id)}`),
};

export const notificationPreferences = {
  get: () => apiRequest<NotificationPreferences>("GET", "/api/me/notification-preferences"),
  /** Kinds left out keep their setting. */
  save: (changes: Partial<NotificationPreferences>) =>
    apiRequest<NotificationPreferences>("PUT", "/api/me/notification-preferences", { body: changes }),
};

export interface RecommendationQuery extends PageQuery {
  field?: string | null;
  maxDistanceKm?: number | null;
  /** The ones this user marked "not for me", to show them again. */
  hidden?: boolean;
}

const hiddenParam = (hidden: boolean | undefined) => (hidden ? "true" : null);

export const recommendations = {
  /** Open openings for the logged-in young person, best first. */
  forMe: (query: RecommendationQuery = {}) =>
    apiRequest<RecommendationPage<OpeningRecommendation>>(
      "GET",
      withQuery("/api/me/recommendations", { ...query, hidden: hiddenParam(query.hidden) }),
    ),
  /** For staff: the openings recommended to one young person of the municipality, best first. */
  forYouth: (youthId: string, query: RecommendationQuery = {}) =>
    apiRequest<RecommendationPage<OpeningRecommendation>>(
      "GET",
      withQuery(`/api/youth/${path(youthId)}/recommendations`, {
        ...query,
        hidden: hiddenParam(query.hidden),
      }),
    ),
  /** Consenting young people for one of the company's openings, best first. */
  forOpening: (openingId: string, query: Omit<RecommendationQuery, "field"> = {}) =>
    apiRequest<RecommendationPage<YouthRecommendation>>(
      "GET",
      withQuery(`/api/openings/${path(openingId)}/recommendations`, {
        ...query,
        hidden: hiddenParam(query.hidden),
      }),
    ),
};

/** "Not for me" / "Ikke for os": a young person leaves youthId out. */
export const dismissals = {
  dismiss: (input: { openingId: string; youthId?: string }) =>
    apiRequest<undefined>("POST", "/api/dismissals", { body: input }),
  undo: (input: { openingId: string; youthId?: string }) =>
    apiRequest<undefined>("POST", "/api/dismissals/undo", { body: input }),
};

export const interests = {
  list: (query: PageQuery & { openingId?: string | null; side?: InterestSide | null } = {}) =>
    apiRequest<Page<InterestListItem>>("GET", withQuery("/api/interests", { ...query })),
  /** A young person leaves youthId out; a company contact names the young person. */
  create: (input: { openingId: string; youthId?: string; message?: string }) =>
    apiRequest<{ interest: Interest; match: { id: string } | null }>("POST", "/api/interests", {
      body: input,
    }),
  withdraw: (id: string) => apiRequest<Interest>("POST", `/api/interests/${path(id)}/withdraw`),
  /** For a young person: whether companies are interested in them (only if they asked to be told). */
  incoming: () => apiRequest<IncomingInterest>("GET", "/api/me/incoming-interest"),
};

export const matches = {
  list: (query: PageQuery & { status?: "active" | "ended" | null; openingId?: string } = {}) =>
    apiRequest<Page<MatchListItem>>("GET", withQuery("/api/matches", { ...query })),
  get: (id: string) => apiRequest<MatchListItem>("GET", `/api/matches/${path(id)}`),
  end: (id: string, reason: MatchEndReason) =>
    apiRequest<MatchListItem>("POST", `/api/matches/${path(id)}/end`, { body: { reason } }),
  messages: (id: string, query: PageQuery = {}) =>
    apiRequest<Page<Message>>("GET", withQuery(`/api/matches/${path(id)}/messages`, { ...query })),
  send: (id: string, body: string) =>
    apiRequest<Message>("POST", `/api/matches/${path(id)}/messages`, { body: { body } }),
  markRead: (id: string) => apiRequest<undefined>("POST", `/api/matches/${path(id)}/read`),
  meetings: (id: string) => apiRequest<{ items: Meeting[] }>("GET", `/api/matches/${path(id)}/meetings`),
  proposeMeeting: (id: string, input: { times: string[]; place: string; durationMinutes?: number }) =>
    apiRequest<Meeting>("POST", `/api/matches/${path(id)}/meetings`, { body: input }),
};

export const meetings = {
  accept: (id: string, time: string) =>
    apiRequest<Meeting>("POST", `/api/meetings/${path(id)}/accept`, { body: { time } }),
  decline: (id: string) => apiRequest<Meeting>("POST", `/api/meetings/${path(id)}/decline`),
  cancel: (id: string) => apiRequest<Meeting>("POST", `/api/meetings/${path(id)}/cancel`),
  feedback: (id: string, input: { chemistry: ChemistryAnswer; comment?: string }) =>
    apiRequest<Meeting>("POST", `/api/meetings/${path(id)}/feedback`, { body: input }),
};

export const messageReports = {
  report: (messageId: string, reason: string) =>
    apiRequest<{ id: string }>("POST", `/api/messages/${path(messageId)}/reports`, { body: { reason } }),
  list: (query: PageQuery & { status?: "open" | "resolved" | null } = {}) =>
    apiRequest<Page<MessageReport>>("GET", withQuery("/api/message-reports", { ...query })),
  resolve: (id: string, note: string) =>
    apiRequest<MessageReport>("POST", `/api/message-reports/${path(id)}/resolve`, { body: { note } }),
};

export const pipeline = {
  get: () => apiRequest<Pipeline>("GET", "/api/matching/pipeline"),
};
