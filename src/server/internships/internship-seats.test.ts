import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../../../tests/support/domain-factories.js";
import { createMunicipality, loggedInUser, type Session } from "../../../tests/support/factories.js";
import { createInternship } from "../../../tests/support/internship-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, internships, openings } from "../db/schema.js";

/**
 * Seats under concurrency, against the real database: many approvals of different internships on
 * one opening at the same moment. Each approval is the second one (the young people have said
 * yes), so each tries to take a seat.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function waitingInternships(count: number, seats: number) {
  const municipality = await createMunicipality(t.db);
  const company = await createCompany(t.db, { municipality, employeeCount: 1000 });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, { seats });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const young = await createYouth(t.db, { municipality, contactable: true });
    const internship = await createInternship(t.db, {
      young,
      company,
      contact,
      opening,
      startDate: "2026-12-07",
      plannedEndDate: "2027-01-03",
      youthApproved: true,
    });
    ids.push(internship.id);
  }
  const { session } = await loggedInUser(t.app, t.db, "staff", municipality);
  return { opening, ids, staff: session };
}

/** All approvals at once, straight through inject, as many requests as there are internships. */
async function approveAllAtOnce(staff: Session, ids: string[]) {
  await t.app.changes.heardOwnChanges();
  const responses = await Promise.all(
    ids.map((id) =>
      t.app.inject({
        method: "POST",
        url: `/api/internships/${id}/approve`,
        headers: { cookie: staff.cookie, "x-csrf-token": staff.csrfToken },
      }),
    ),
  );
  return responses.map((response) => response.statusCode);
}

async function stateOf(openingId: string, ids: string[]) {
  const [opening] = await t.db
    .select({ seatsTaken: openings.seatsTaken, status: openings.status })
    .from(openings)
    .where(eq(openings.id, openingId));
  const rows = await t.db
    .select({ status: internships.status, staffApprovedAt: internships.staffApprovedAt })
    .from(internships)
    .where(inArray(internships.id, ids));
  const approvals = await t.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "internship.approved"), inArray(auditEvents.subjectId, ids)));
  return {
    opening,
    approved: rows.filter((row) => row.status === "approved").length,
    staffApproved: rows.filter((row) => row.staffApprovedAt !== null).length,
    audited: approvals.length,
  };
}

it("gives the one seat to exactly one of fifty concurrent approvals; the rest get 409 and change nothing", {
  timeout: 120_000,
}, async () => {
  const { opening, ids, staff } = await waitingInternships(50, 1);
  const statuses = await approveAllAtOnce(staff, ids);
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status === 409)).toHaveLength(49);
  expect(await stateOf(opening.id, ids)).toEqual({
    opening: { seatsTaken: 1, status: "filled" },
    approved: 1,
    staffApproved: 1,
    audited: 1,
  });
});

it("gives three seats to exactly three of twenty", { timeout: 60_000 }, async () => {
  const { opening, ids, staff } = await waitingInternships(20, 3);
  const statuses = await approveAllAtOnce(staff, ids);
  expect(statuses.filter((status) => status === 200)).toHaveLength(3);
  expect(statuses.filter((status) => status === 409)).toHaveLength(17);
  expect(await stateOf(opening.id, ids)).toEqual({
    opening: { seatsTaken: 3, status: "filled" },
    approved: 3,
    staffApproved: 3,
    audited: 3,
  });
});
