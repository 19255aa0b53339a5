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
  "youth.enrolled",
  "youth.updated",
  "youth.profile_updated",
  "youth.consent_recorded",
  "youth.cpr_revealed",
  "youth.sensitive_read",
  "youth.sensitive_updated",
  "youth.reflections_read",
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
  "interest.created",
  "interest.withdrawn",
  "match.created",
  "match.ended",
  "message_report.created",
  "message_report.read",
  "message_report.resolved",
  "meeting.proposed",
  "meeting.accepted",
  "meeting.declined",
  "meeting.cancelled",
  "meeting.feedback_given",
  "internship.proposed",
  "internship.approved",
  "internship.rule_overridden",
  "internship.started",
  "internship.extended",
  "internship.completed",
  "internship.ended_early",
  "internship.absence_recorded",
  "internship.check_in_given",
  "internship.evaluated",
  "matchmaking_event.created",
  "matchmaking_event.updated",
  "matchmaking_event.participants_changed",
  "matchmaking_event.assignment_run",
  "matchmaking_event.pair_left_out",
  "matchmaking_event.published",
  "group.created",
  "group.updated",
  "group.member_added",
  "group.member_moved",
  "group.member_removed",
  "group.meeting_changed",
  "group.meeting_cancelled",
  "group.meeting_added",
  "group.attendance_taken",
  "group.post_hidden",
  "network_meeting.created",
  "network_meeting.updated",
  "network_meeting.cancelled",
  "network_meeting.attendance_recorded",
  "network_meeting.minutes_saved",
  "referral.created",
  "calendar_feed.renewed",
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

/* Young people (src/server/youth/youth.schemas.ts). */

export const YOUTH_STATUSES = ["applicant", "active", "paused", "completed", "dropped_out"] as const;
export type YouthStatus = (typeof YOUTH_STATUSES)[number];
export const YOUTH_READINESSES = ["job_ready", "education_ready", "other"] as const;
export type YouthReadiness = (typeof YOUTH_READINESSES)[number];

export const PROFILE_PARTS = [
  "aboutMe",
  "strengths",
  "interests",
  "experiences",
  "wantsToLearn",
  "availability",
  "travel",
  "drivingLicence",
  "languages",
  "earliestStart",
] as const;
export type ProfilePart = (typeof PROFILE_PARTS)[number];
export type PartVisibility = "network" | "private";

export const EXPERIENCE_KINDS = ["job", "school", "volunteering", "hobby", "other"] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export interface Experience {
  kind: ExperienceKind;
  title: string;
  description?: string;
  from?: string;
  to?: string;
}

export interface ResourceProfile {
  aboutMe: string | null;
  strengths: string[];
  interests: string[];
  experiences: Experience[];
  wantsToLearn: string | null;
  availability: { hoursPerWeek: number | null; weekdays: number[] };
  travel: { maxKm: number | null };
  drivingLicence: boolean | null;
  languages: string[];
  earliestStart: string | null;
}

export const CONSENT_KINDS = [
  "profile_visible_to_companies",
  "contact_by_companies",
  "research_participation",
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export interface ConsentState {
  kind: ConsentKind;
  granted: boolean;
  textVersion: string | null;
  recordedAt: string | null;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface Completeness {
  percent: number;
  missing: ProfilePart[];
}

export interface YouthFull {
  id: string;
  userId: string;
  displayName: string;
  email: string;
  phone: string | null;
  birthDate: string;
  age: number;
  postalCode: string;
  cprMasked: string | null;
  status: YouthStatus;
  readiness: YouthReadiness;
  enrolledOn: string;
  counsellor: PersonRef | null;
  municipality: MunicipalityRef;
  profile: ResourceProfile;
  visibility: Partial<Record<ProfilePart, PartVisibility>>;
  completeness: Completeness;
  consents: ConsentState[];
}

export interface YouthListItem {
  id: string;
  displayName: string;
  email: string;
  age: number;
  postalCode: string;
  status: YouthStatus;
  counsellor: PersonRef | null;
  interests: string[];
  completeness: Completeness;
  visibleToCompanies: boolean;
}

export interface YouthCompanyView {
  id: string;
  firstName: string;
  age: number;
  profile: Partial<ResourceProfile>;
}

export const PROGRESS_DIMENSIONS = [
  "direction",
  "persistence",
  "curiosity",
  "resilience",
  "selfEsteem",
] as const;
export type ProgressDimension = (typeof PROGRESS_DIMENSIONS)[number];

export type ProgressScores = Record<ProgressDimension, number>;

export interface ProgressEntry extends ProgressScores {
  id: string;
  recordedOn: string;
  recordedBy: PersonRef | null;
}

export interface SensitiveInformation {
  health: string | null;
  treatment: string | null;
  otherSupport: string | null;
  updatedAt: string | null;
}

export interface VocabularyEntry {
  code: string;
  name: { da: string; en: string };
}

/* Internship openings (src/server/openings/openings.schemas.ts). */

export const OPENING_STATUSES = ["open", "paused", "filled", "closed"] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

export interface ReasonableShare {
  maxTrainees: number | null;
  openSeats: number;
  exceeded: boolean;
}

/** The fields a company fills in for an opening; also the body of answering a wish. */
export interface OpeningContent {
  title: string;
  occupationField: string;
  description: string;
  tasks: string | null;
  learning: string | null;
  qualitiesWanted: string[];
  hoursPerWeek: number;
  durationWeeks: number | null;
  seats: number;
  earliestStart: string | null;
  workplacePostalCode: string;
  mentorName: string | null;
  supportOffered: string[];
  requiresDrivingLicence: boolean;
  languagesRequired: string[];
}

export interface Opening extends OpeningContent {
  id: string;
  company: { id: string; name: string };
  status: OpeningStatus;
  /** Seats held by approved internships. */
  seatsTaken: number;
  /** In lists searched with a postal code. */
  distanceKm?: number | null;
  /** Company and staff only. */
  wishId?: string | null;
  createdAt?: string;
  updatedAt?: string;
  reasonableShare?: ReasonableShare;
}

/* Wishes (src/server/wishes/wishes.schemas.ts). */

export const WISH_STATUSES = ["open", "answered", "withdrawn"] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];

export interface WishContent {
  occupationField: string;
  description: string;
  hoursPerWeek: number | null;
  areaPostalCode: string | null;
}

export interface Wish extends WishContent {
  id: string;
  youthId: string;
  status: WishStatus;
  createdAt: string;
  updatedAt?: string;
}

/* Companies (src/server/companies/companies.schemas.ts). */

/** The company's own description of itself: what its contacts and staff both edit. */
export interface CompanyProfile {
  cvr: string;
  pNumbers: string[];
  name: string;
  industry: string | null;
  address: string | null;
  postalCode: string | null;
  employeeCount: number | null;
  description: string | null;
  offers: string | null;
}

export interface Company extends CompanyProfile {
  id: string;
  coordinator: PersonRef | null;
  networkMemberSince: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CompanyContact {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  status: UserStatus;
  createdAt: string;
}

export interface ImportRowError {
  /** As a spreadsheet counts (the header is row 1); 0 for the file as a whole. */
  row: number;
  /** The column's name, or "" for the whole row or file. */
  column: string;
  message: string;
}

export interface ImportPreview {
  rowCount: number;
  validRowCount: number;
  errors: ImportRowError[];
}

/** The CSV import's columns, in template order (companyImportColumns on the server). */
export const COMPANY_IMPORT_COLUMNS = [
  { name: "cvr", required: true },
  { name: "name", required: true },
  { name: "industry", required: false },
  { name: "address", required: false },
  { name: "postal_code", required: false },
  { name: "employee_count", required: false },
  { name: "description", required: false },
  { name: "offers", required: false },
  { name: "p_numbers", required: false },
  { name: "coordinator_email", required: false },
] as const;
export type CompanyImportColumn = (typeof COMPANY_IMPORT_COLUMNS)[number]["name"];

export interface PostalCode {
  code: string;
  name: string;
}

/** A staff member as colleagues see them: enough to choose a counsellor or coordinator. */
export interface Colleague {
  id: string;
  displayName: string;
}

/* Matchmaking (src/server/matching/*.schemas.ts; decision 0008). */

/** Why an opening and a young person fit, as codes the web words for the reader (fit.ts). */
export type Reason =
  | { code: "shared_interest"; field: string }
  | { code: "related_interest"; field: string }
  | { code: "strengths_wanted"; strengths: string[] }
  | { code: "can_learn"; words: string[] }
  | { code: "distance"; km: number }
  | { code: "hours_fit"; hours: number }
  | { code: "mentor" }
  | { code: "support"; support: string[] };

/** What speaks against a fit (fit.ts). */
export type Concern =
  | { code: "far_away"; km: number; maxKm: number }
  | { code: "more_hours"; hours: number; wanted: number }
  | { code: "needs_driving_licence" }
  | { code: "needs_language"; languages: string[] }
  | { code: "starts_later"; start: string };

export interface RecommendedOpening {
  id: string;
  title: string;
  occupationField: string;
  company: { id: string; name: string };
  workplacePostalCode: string;
  hoursPerWeek: number;
  durationWeeks: number | null;
  earliestStart: string | null;
  hasMentor: boolean;
  supportOffered: string[];
}

export interface OpeningRecommendation {
  opening: RecommendedOpening;
  /** 0-100. */
  score: number;
  reasons: Reason[];
  concerns: Concern[];
  /** `mine`: the young person has a live interest in it. */
  interest: { mine: boolean; matchId: string | null };
}

export interface YouthRecommendation {
  youth: YouthCompanyView;
  score: number;
  reasons: Reason[];
  concerns: Concern[];
  /** `ours`: the company is interested in this young person for the opening; `theirs`: the other way round. */
  interest: { ours: boolean; theirs: boolean; matchId: string | null };
}

export interface RecommendationPage<T> extends Page<T> {
  /** How many match the filters. */
  total: number;
}

export const INTEREST_SIDES = ["youth", "company"] as const;
export type InterestSide = (typeof INTEREST_SIDES)[number];

export interface Interest {
  id: string;
  side: InterestSide;
  openingId: string;
  youthId: string;
  message: string | null;
  createdAt: string;
  withdrawnAt: string | null;
}

export interface InterestListItem extends Interest {
  /** company: for the young person and staff. */
  opening: { id: string; title: string; company?: { id: string; name: string } };
  /** For company contacts (firstName, age) and staff (displayName). */
  youth?: { id: string; firstName?: string; age?: number; displayName?: string };
}

export interface IncomingInterest {
  /** False when the young person has switched off the "interest" notification. */
  visible: boolean;
  count: number | null;
}

export const MATCH_END_REASONS = [
  "found_other_internship",
  "not_the_right_fit",
  "timing",
  "no_longer_looking",
  "opening_filled",
  "other",
] as const;
export type MatchEndReason = (typeof MATCH_END_REASONS)[number];

export const MEETING_STATUSES = ["proposed", "accepted", "declined", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export interface MatchListItem {
  id: string;
  status: "active" | "ended";
  createdAt: string;
  lastActivityAt: string;
  endedAt: string | null;
  endReason: MatchEndReason | null;
  opening: { id: string; title: string };
  company: { id: string; name: string };
  /** firstName is null for a company when the young person no longer consents; displayName only for staff. */
  youth: { id: string; firstName: string | null; displayName?: string };
  unreadCount: number;
  meeting: { id: string; status: MeetingStatus; time: string | null } | null;
}

export interface Message {
  id: string;
  body: string;
  createdAt: string;
  author: { side: InterestSide; displayName: string; mine: boolean };
  readByOtherSide: boolean;
}

export const CHEMISTRY_ANSWERS = ["yes", "maybe", "no"] as const;
export type ChemistryAnswer = (typeof CHEMISTRY_ANSWERS)[number];

export interface Meeting {
  id: string;
  matchId: string;
  status: MeetingStatus;
  place: string;
  /** In time order. */
  proposedTimes: string[];
  durationMinutes: number;
  acceptedTime: string | null;
  proposedBySide: InterestSide;
  /** My side proposed it. */
  mine: boolean;
  createdAt: string;
  feedback: {
    mine: { chemistry: ChemistryAnswer; comment: string | null } | null;
    otherSideAnswered: boolean;
    /** Staff only. */
    answers?: { youth: ChemistryAnswer | null; company: ChemistryAnswer | null };
  };
  calendarUrl: string | null;
}

export interface MessageReport {
  id: string;
  reason: string;
  createdAt: string;
  resolvedAt: string | null;
  resolutionNote: string | null;
  reportedBy: { displayName: string };
  message: { id: string; body: string; createdAt: string; author: { displayName: string } };
  match: {
    id: string;
    opening: { title: string };
    company: { name: string };
    youth: { displayName: string };
  };
}

export const PIPELINE_STAGES = ["noInterest", "interest", "match", "meetingHeld", "internship"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const NOTIFICATION_KINDS = [
  "interest",
  "match",
  "message",
  "meeting",
  "internship",
  "reminder",
  "referral",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationPreferences = Record<NotificationKind, boolean>;

/** One-sided interest older than 7 days, or an active match older than 14 days without a meeting. */
export interface StuckItem {
  /** The interest or the match. */
  id: string;
  since: string;
  youth: { id: string; displayName: string };
  opening: { id: string; title: string };
  company: { id: string; name: string };
}

export interface Pipeline {
  /** Young people (applicant or active) of the municipality, each at the furthest stage reached. */
  stages: Record<PipelineStage, number>;
  stuckInterests: (StuckItem & { side: InterestSide })[];
  stuckMatches: StuckItem[];
}
