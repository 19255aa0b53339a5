import type { Database } from "../../src/server/db/database.js";
import { networkMeetingInvitations, networkMeetings, youthConsents } from "../../src/server/db/schema.js";
import type { CompanyFixture, YouthFixture } from "./domain-factories.js";
import type { UserFixture } from "./factories.js";

/** Factories for the company network: rows inserted directly, as if staff had planned them. */

export interface NetworkMeetingFixture {
  id: string;
  municipalityId: string;
}

/** A meeting at the given instant with the given companies invited (none unless named). */
export async function createNetworkMeeting(
  db: Database,
  options: {
    municipality: { id: string };
    createdBy: UserFixture;
    startsAt: Date;
    invited?: CompanyFixture[];
    title?: string;
    place?: string | null;
    host?: CompanyFixture;
    status?: "planned" | "cancelled";
  },
): Promise<NetworkMeetingFixture> {
  const [row] = await db
    .insert(networkMeetings)
    .values({
      municipalityId: options.municipality.id,
      title: options.title ?? "Netværksmøde",
      startsAt: options.startsAt,
      durationMinutes: 120,
      place: options.place === undefined ? "Erhvervshuset, Algade 2" : options.place,
      hostCompanyId: options.host?.id ?? null,
      status: options.status ?? "planned",
      cancelReason: options.status === "cancelled" ? "Aflyst" : null,
      createdByUserId: options.createdBy.id,
    })
    .returning({ id: networkMeetings.id, municipalityId: networkMeetings.municipalityId });
  if (!row) throw new Error("no network meeting");
  const invited = options.invited ?? [];
  if (invited.length > 0) {
    await db.insert(networkMeetingInvitations).values(
      invited.map((company) => ({
        meetingId: row.id,
        companyId: company.id,
        municipalityId: row.municipalityId,
      })),
    );
  }
  return row;
}

/** Attendance as staff would have recorded it. */
export async function markNetworkAttendance(
  db: Database,
  meeting: NetworkMeetingFixture,
  company: CompanyFixture,
  attended: boolean,
) {
  await db
    .insert(networkMeetingInvitations)
    .values({
      meetingId: meeting.id,
      companyId: company.id,
      municipalityId: meeting.municipalityId,
      attended,
    })
    .onConflictDoUpdate({
      target: [networkMeetingInvitations.meetingId, networkMeetingInvitations.companyId],
      set: { attended },
    });
}

/** The young person takes back the consent to be seen by companies (a newer row wins). */
export async function withdrawCompanyVisibility(db: Database, young: YouthFixture) {
  await db.insert(youthConsents).values({
    youthId: young.id,
    municipalityId: young.municipalityId,
    kind: "profile_visible_to_companies",
    granted: false,
    textVersion: "test",
    recordedAt: new Date("2026-10-01T10:00:00Z"),
    recordedByUserId: young.user.id,
  });
}
