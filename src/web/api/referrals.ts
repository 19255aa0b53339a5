/*
 * Referrals between companies (anbefalinger): the typed client for /api/referrals and
 * /api/network-companies, shaped after the contract the server's company-network area implements
 * (src/server/company-network/). Kept apart from endpoints.ts so the referral screens own their types.
 */
import { apiRequest } from "./client";

const path = (segment: string): string => encodeURIComponent(segment);

/** One company recommending a young person to another, as every reader sees it. */
export interface Referral {
  id: string;
  youth: { id: string; firstName: string };
  fromCompany: { id: string; name: string };
  toCompany: { id: string; name: string };
  note: string;
  createdAt: string;
  /** The young person put it aside ("Ikke nu"). */
  dismissed: boolean;
  /** The to-company's open openings, at most 10, for the young person to show interest in. */
  toCompanyOpenings: { id: string; title: string }[];
}

/**
 * Newest first, at most 50 each. Company contact: sent from and received by their company; young
 * person: received = referrals of themselves; staff: sent = every referral of the municipality.
 */
export interface Referrals {
  sent: Referral[];
  received: Referral[];
}

export interface NetworkCompany {
  id: string;
  name: string;
  industry: string | null;
}

export interface ReferralInput {
  youthId: string;
  toCompanyId: string;
  note: string;
}

export const referrals = {
  list: () => apiRequest<Referrals>("GET", "/api/referrals"),
  create: (input: ReferralInput) => apiRequest<Referral>("POST", "/api/referrals", { body: input }),
  /** The young person it is about puts it aside; there is no undo. */
  dismiss: (id: string) => apiRequest<undefined>("POST", `/api/referrals/${path(id)}/dismiss`),
  /** The municipality's companies to refer to; a company contact's own company is left out. */
  companies: () => apiRequest<{ items: NetworkCompany[] }>("GET", "/api/network-companies"),
};
