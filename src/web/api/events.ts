/*
 * Matchmaking events (matchmaking-arrangementer): the typed client for /api/matchmaking-events, shaped
 * after the contract the server's events area implements (src/server/events/). Kept apart from
 * endpoints.ts so the events screens own their types.
 */
import { apiRequest, withQuery } from "./client";
import type { Page } from "./types";

const path = (segment: string): string => encodeURIComponent(segment);

export const MATCHMAKING_EVENT_STATUSES = ["planned", "ranking", "proposed", "published"] as const;
/** planned -> ranking (window open) -> proposed (assignment run, under review) -> published (matches made). */
export type MatchmakingEventStatus = (typeof MATCHMAKING_EVENT_STATUSES)[number];

export interface RankingProgress {
  youthRanked: number;
  openingsRanked: number;
}

/** One of the company contact's own openings that takes part in the event. */
export interface MyEventOpening {
  id: string;
  title: string;
  /** The opening's list holds at least one young person. */
  ranked: boolean;
}

export interface MatchmakingEvent {
  id: string;
  title: string;
  /** yyyy-mm-dd */
  eventDate: string;
  place: string;
  rankingOpensAt: string;
  rankingClosesAt: string;
  status: MatchmakingEventStatus;
  /** The server's clock is within the window and the event still takes rankings. */
  rankingOpen: boolean;
  youthCount: number;
  openingCount: number;
  /** Staff only. */
  progress?: RankingProgress;
  proposedAt: string | null;
  publishedAt: string | null;
  /** Company contacts only: their own company's openings in the event. */
  myOpenings?: MyEventOpening[];
}

/** The fields staff fill in; the window as ISO date-times. */
export interface MatchmakingEventInput {
  title: string;
  eventDate: string;
  place: string;
  rankingOpensAt: string;
  rankingClosesAt: string;
}

export interface EventYouthParticipant {
  id: string;
  displayName: string;
  ranked: boolean;
}

export interface EventOpeningParticipant {
  id: string;
  title: string;
  companyName: string;
  /** The seats the opening brings to the event. */
  capacity: number;
  ranked: boolean;
}

export interface EventParticipants {
  youth: EventYouthParticipant[];
  openings: EventOpeningParticipant[];
}

export interface RankableOpening {
  id: string;
  title: string;
  companyName: string;
  occupationField: string;
  workplacePostalCode: string;
  hoursPerWeek: number;
}

/** A young person's own list: the event's openings and their choice, best first. */
export interface MyRanking {
  openings: RankableOpening[];
  ranking: string[];
  maxChoices: number;
  rankingOpen: boolean;
}

/** A young person as a company sees them in an event: only what they made visible to the network. */
export interface RankableYouth {
  id: string;
  firstName: string;
  strengths: string[];
  interests: string[];
}

/** One opening's list: the young people it would welcome, best first; the others are not acceptable. */
export interface OpeningRanking {
  opening: { id: string; title: string };
  youth: RankableYouth[];
  ranking: string[];
  rankingOpen: boolean;
}

export interface ProposalSummary {
  /** Index 0 = young people who got their first choice. */
  byChoice: number[];
  assigned: number;
  unassigned: number;
  freeSeats: number;
  leftOut: number;
}

export interface ProposalPair {
  youthId: string;
  youthName: string;
  openingId: string;
  openingTitle: string;
  companyName: string;
  /** 1 = the young person's first choice. */
  choice: number;
  leftOut: boolean;
  matchId: string | null;
}

export interface Proposal {
  eventId: string;
  status: MatchmakingEventStatus;
  proposedAt: string | null;
  publishedAt: string | null;
  summary: ProposalSummary;
  pairs: ProposalPair[];
  unassigned: { youthId: string; youthName: string }[];
}

export const matchmakingEvents = {
  /** Staff: the municipality's events; a young person or company contact: the ones they take part in. */
  list: (query: { limit?: number; cursor?: string | null } = {}) =>
    apiRequest<Page<MatchmakingEvent>>("GET", withQuery("/api/matchmaking-events", { ...query })),
  get: (id: string) => apiRequest<MatchmakingEvent>("GET", `/api/matchmaking-events/${path(id)}`),
  create: (input: MatchmakingEventInput) =>
    apiRequest<MatchmakingEvent>("POST", "/api/matchmaking-events", { body: input }),
  update: (id: string, changes: Partial<MatchmakingEventInput>) =>
    apiRequest<MatchmakingEvent>("PATCH", `/api/matchmaking-events/${path(id)}`, { body: changes }),
  participants: (id: string) =>
    apiRequest<EventParticipants>("GET", `/api/matchmaking-events/${path(id)}/participants`),
  /** Replaces the participants; capacities of openings already present are kept. */
  setParticipants: (id: string, input: { youthIds: string[]; openingIds: string[] }) =>
    apiRequest<EventParticipants>("PUT", `/api/matchmaking-events/${path(id)}/participants`, { body: input }),
  myRanking: (id: string) => apiRequest<MyRanking>("GET", `/api/matchmaking-events/${path(id)}/my-ranking`),
  saveMyRanking: (id: string, openingIds: string[]) =>
    apiRequest<MyRanking>("PUT", `/api/matchmaking-events/${path(id)}/my-ranking`, { body: { openingIds } }),
  openingRanking: (id: string, openingId: string) =>
    apiRequest<OpeningRanking>(
      "GET",
      `/api/matchmaking-events/${path(id)}/openings/${path(openingId)}/ranking`,
    ),
  saveOpeningRanking: (id: string, openingId: string, youthIds: string[]) =>
    apiRequest<OpeningRanking>(
      "PUT",
      `/api/matchmaking-events/${path(id)}/openings/${path(openingId)}/ranking`,
      { body: { youthIds } },
    ),
  /** Runs the assignment (young people propose first) and stores the proposal, replacing an earlier one. */
  runAssignment: (id: string) =>
    apiRequest<Proposal>("POST", `/api/matchmaking-events/${path(id)}/assignment`),
  assignment: (id: string) => apiRequest<Proposal>("GET", `/api/matchmaking-events/${path(id)}/assignment`),
  setLeftOut: (id: string, youthId: string, leftOut: boolean) =>
    apiRequest<Proposal>("PATCH", `/api/matchmaking-events/${path(id)}/assignment/pairs/${path(youthId)}`, {
      body: { leftOut },
    }),
  /** Once: every pair not left out becomes a match and both sides are told. */
  publish: (id: string) => apiRequest<Proposal>("POST", `/api/matchmaking-events/${path(id)}/publish`),
};
