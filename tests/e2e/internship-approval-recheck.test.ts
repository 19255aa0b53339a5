import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { internships } from "../../src/server/db/schema.js";
import { closePage, expectAccessible, logIn } from "../support/browser.js";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../support/domain-factories.js";
import { createMunicipality, createUser } from "../support/factories.js";
import { createInternship } from "../support/internship-factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/**
 * A company of four employees (room for one trainee) whose one place went to another young person
 * after this proposal was made; the young person has said yes, so staff's yes completes it.
 */
async function buildWaitingInternship(server: RunningServer) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const staff = await createUser(db, { role: "staff", municipality });
  const company = await createCompany(db, { municipality, name: "Blomsterbutikken ApS", employeeCount: 4 });
  const contact = await createCompanyContact(db, company);
  const opening = await createOpening(db, company, { title: "Butikshjælper", seats: 2 });
  const dates = { startDate: "2026-12-07", plannedEndDate: "2027-01-03" };
  const other = await createYouth(db, { municipality, contactable: true });
  await createInternship(db, { young: other, company, contact, opening, status: "approved", ...dates });
  const young = await createYouth(db, { municipality, contactable: true, counsellor: staff });
  const waiting = await createInternship(db, {
    young,
    company,
    contact,
    opening,
    youthApproved: true,
    ...dates,
  });
  return { staff, internshipId: waiting.id };
}

it("staff approving meet the rules judged again: the ratio breach is shown, and a written reason lets them go ahead", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const { staff: staffUser, internshipId } = await buildWaitingInternship(server);

  const staff = await logIn(browser, server.baseUrl, staffUser, 360);
  try {
    await staff.goto(`${server.baseUrl}/internships/${internshipId}`);
    const approval = staff.getByRole("region", { name: "Godkendelse", exact: true });
    await approval.getByText("Forslaget overholder reglerne for virksomhedspraktik.").waitFor();
    await approval.getByRole("button", { name: "Godkend praktikforløbet" }).click();

    await approval.getByRole("heading", { name: "Reglerne er ikke overholdt" }).waitFor();
    await approval
      .getByText(
        "Med 4 ansatte må virksomheden have højst 1 i praktik på samme tid (her: 2 med dette forløb).",
      )
      .waitFor();
    await expectAccessible(staff);

    await approval.getByRole("button", { name: "Godkend alligevel" }).click();
    await approval.getByText("Skriv en begrundelse.").first().waitFor();
    const [untouched] = await server.t.db.select().from(internships).where(eq(internships.id, internshipId));
    expect(untouched).toMatchObject({ status: "proposed", staffApprovedAt: null });

    await approval
      .getByLabel("Begrundelse for at gå videre")
      .fill("Butikken har en ekstra mentor i december.");
    await approval.getByRole("button", { name: "Godkend alligevel" }).click();
    await staff.getByText("Praktikforløbet er godkendt, og pladsen er taget.").waitFor();
    await expectAccessible(staff);
  } finally {
    await closePage(staff);
  }

  const [row] = await server.t.db.select().from(internships).where(eq(internships.id, internshipId));
  expect(row).toMatchObject({
    status: "approved",
    overrideReason: "Butikken har en ekstra mentor i december.",
    overriddenByUserId: staffUser.id,
  });
});
