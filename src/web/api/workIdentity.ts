/*
 * The young person's work identity (arbejdsidentitet): the typed client for /api/me/work-identity,
 * shaped after the server's work-identity area (src/server/work-identity/).
 */
import { apiRequest } from "./client";

export interface WorkIdentityReflection {
  id: string;
  meeting: { id: string; groupName: string; startsAt: string; theme: string | null };
  /** Plain text as written: show it as text, never as HTML. */
  text: string;
  sharedWithCounsellor: boolean;
  createdAt: string;
}

export interface InternshipEvaluationWords {
  wentWell: string;
  /** What the young person showed: strengths seen at work. */
  showed: string;
}

export interface InternshipFeedback {
  internshipId: string;
  company: { name: string };
  opening: { title: string };
  /** yyyy-mm-dd */
  startDate: string;
  /** yyyy-mm-dd: the day it ended, or the planned end. */
  endDate: string;
  fromCompany: InternshipEvaluationWords | null;
  fromMe: InternshipEvaluationWords | null;
}

export interface WorkIdentity {
  /** Newest first, at most 50; /reflections has them all. */
  reflections: WorkIdentityReflection[];
  /** Internships with at least one evaluation, newest first. */
  internshipFeedback: InternshipFeedback[];
  /** Strength codes from the resource profile; name them with useReference().strengthName. */
  strengths: string[];
}

export const workIdentity = {
  mine: () => apiRequest<WorkIdentity>("GET", "/api/me/work-identity"),
};
