import { eq } from "drizzle-orm";
import { companyContacts } from "../companies/companies.tables.js";
import {
  interests,
  matches,
  matchParticipantMarks,
  meetingFeedback,
  meetings,
  messageReports,
  messages,
} from "../matching/matching.tables.js";
import type { Executor } from "./database.js";
import { users } from "./schema.js";

export interface DemoYouth {
  id: string;
  userId: string;
  displayName: string;
}

export interface DemoCompany {
  id: string;
  name: string;
  contactUserId: string | undefined;
  openings: { id: string; title: string }[];
}

const DAY = 24 * 60 * 60 * 1000;

/** A time `days` from `now` at a given hour (UTC), so demo meetings fall at sensible times. */
function at(now: Date, days: number, hourUtc: number): Date {
  const date = new Date(now.getTime() + days * DAY);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
}

/**
 * Matchmaking in the Roskilde demo, so each demo role sees a living system: incoming interest for
 * virksomhed@roskilde.demo, a match with a conversation and a held meeting with feedback, a match
 * for ung@roskilde.demo with a meeting to accept, stuck items and a reported message for staff.
 * The demo young person and the demo company are left without interest in each other, so a
 * newcomer (and the browser journey) can try that step themselves.
 */
export async function insertDemoMatchmaking(
  tx: Executor,
  demo: {
    municipalityId: string;
    youth: DemoYouth[];
    companies: DemoCompany[];
    passwordHash: string;
    now: Date;
  },
): Promise<void> {
  const { municipalityId, now } = demo;
  const [demoYouth, y1, y2, y3, y4, y5] = demo.youth;
  const kennel = demo.companies.find((company) => company.name === "Fjordens Dyrepension");
  const nursery = demo.companies.find((company) => company.name === "Gartneriet Svogerslev");
  const warehouse = demo.companies.find((company) => company.name === "Lager & Logistik Tune");
  if (!demoYouth || !y1 || !y2 || !y3 || !y4 || !y5 || !kennel?.contactUserId || !nursery || !warehouse) {
    throw new Error("the demo network lacks what the matchmaking demo builds on");
  }
  const [kennelDogs, kennelHorses] = kennel.openings;
  const [nurseryOpening] = nursery.openings;
  const [warehouseOpening] = warehouse.openings;
  if (!kennelDogs || !kennelHorses || !nurseryOpening || !warehouseOpening) {
    throw new Error("the demo companies lack openings");
  }

  const nurseryContact = await insertContact(tx, demo, nursery, "Gustav Gartner", "gartneriet");
  const warehouseContact = await insertContact(tx, demo, warehouse, "Lone Lager", "lager");

  const interest = (
    young: DemoYouth,
    openingId: string,
    side: "youth" | "company",
    createdByUserId: string,
    createdAt: Date,
    message: string | null = null,
  ) =>
    tx.insert(interests).values({
      municipalityId,
      openingId,
      youthId: young.id,
      side,
      message,
      createdByUserId,
      createdAt,
    });

  const match = async (
    young: DemoYouth,
    company: DemoCompany,
    openingId: string,
    contactUserId: string,
    createdAt: Date,
    youthMessage: string,
  ) => {
    await interest(
      young,
      openingId,
      "youth",
      young.userId,
      new Date(createdAt.getTime() - DAY),
      youthMessage,
    );
    await interest(young, openingId, "company", contactUserId, createdAt);
    const [row] = await tx
      .insert(matches)
      .values({
        municipalityId,
        openingId,
        youthId: young.id,
        companyId: company.id,
        createdAt,
        lastActivityAt: createdAt,
      })
      .returning({ id: matches.id });
    if (!row) throw new Error("demo match missing");
    return row.id;
  };

  const conversation = async (matchId: string, lines: { authorUserId: string; body: string; at: Date }[]) => {
    const inserted = await tx
      .insert(messages)
      .values(
        lines.map((line) => ({
          municipalityId,
          matchId,
          authorUserId: line.authorUserId,
          body: line.body,
          createdAt: line.at,
        })),
      )
      .returning({ id: messages.id });
    const last = lines.at(-1);
    if (last) {
      await tx.update(matches).set({ lastActivityAt: last.at }).where(eq(matches.id, matchId));
      await tx.insert(matchParticipantMarks).values(
        [...new Set(lines.map((line) => line.authorUserId))].map((userId) => ({
          matchId,
          userId,
          readUpTo: last.at,
        })),
      );
    }
    return inserted.map((row) => row.id);
  };

  // A held first meeting with feedback from both sides: y1 and the kennel's horse stable.
  const heldMatch = await match(
    y1,
    kennel,
    kennelHorses.id,
    kennel.contactUserId,
    at(now, -12, 9),
    "Jeg har redet i mange år og vil gerne lære mere om staldarbejde.",
  );
  await conversation(heldMatch, [
    {
      authorUserId: kennel.contactUserId,
      body: "Hej! Vi vil meget gerne møde dig. Har du lyst til at komme forbi til en kop kaffe og se stalden?",
      at: at(now, -12, 10),
    },
    { authorUserId: y1.userId, body: "Ja tak, det vil jeg rigtig gerne!", at: at(now, -11, 8) },
    {
      authorUserId: kennel.contactUserId,
      body: "Dejligt. Jeg har foreslået to tider – vælg den, der passer dig bedst.",
      at: at(now, -11, 9),
    },
    { authorUserId: y1.userId, body: "Tak for i dag, det var hyggeligt at se hestene.", at: at(now, -5, 13) },
  ]);
  const [heldMeeting] = await tx
    .insert(meetings)
    .values({
      municipalityId,
      matchId: heldMatch,
      proposedByUserId: kennel.contactUserId,
      proposedBySide: "company",
      place: "Fjordens Dyrepension, Havnevej 12, 4000 Roskilde",
      proposedTimes: [at(now, -6, 9), at(now, -5, 9)],
      acceptedTime: at(now, -5, 9),
      respondedByUserId: y1.userId,
      status: "accepted",
      sequence: 1,
      createdAt: at(now, -11, 9),
      updatedAt: at(now, -10, 8),
    })
    .returning({ id: meetings.id });
  if (!heldMeeting) throw new Error("demo meeting missing");
  await tx.insert(meetingFeedback).values([
    {
      meetingId: heldMeeting.id,
      side: "youth",
      municipalityId,
      userId: y1.userId,
      chemistry: "yes",
      comment: "Rart sted og søde mennesker.",
      createdAt: at(now, -5, 14),
    },
    {
      meetingId: heldMeeting.id,
      side: "company",
      municipalityId,
      userId: kennel.contactUserId,
      chemistry: "yes",
      comment: "Rolig og nysgerrig – god med hestene.",
      createdAt: at(now, -4, 8),
    },
  ]);

  // The demo young person's match with the nursery, with a meeting proposal waiting for an answer.
  const demoMatch = await match(
    demoYouth,
    nursery,
    nurseryOpening.id,
    nurseryContact,
    at(now, -3, 9),
    "Jeg kan godt lide at arbejde udenfor og med planter.",
  );
  await conversation(demoMatch, [
    {
      authorUserId: nurseryContact,
      body: "Hej Noah. Vi har brug for en ekstra hånd i drivhusene til foråret. Skal vi mødes?",
      at: at(now, -3, 10),
    },
    { authorUserId: demoYouth.userId, body: "Hej! Ja, gerne. Jeg kan de fleste dage.", at: at(now, -2, 15) },
    { authorUserId: nurseryContact, body: "Fint, jeg har sendt to forslag til et møde.", at: at(now, -1, 9) },
  ]);
  await tx.insert(meetings).values({
    municipalityId,
    matchId: demoMatch,
    proposedByUserId: nurseryContact,
    proposedBySide: "company",
    place: "Gartneriet Svogerslev, Svogerslev Hovedgade 40, 4000 Roskilde",
    proposedTimes: [at(now, 3, 9), at(now, 4, 12)],
    status: "proposed",
    createdAt: at(now, -1, 9),
    updatedAt: at(now, -1, 9),
  });

  // Interest from young people for the demo company to answer; one has waited too long.
  await interest(
    y2,
    kennelDogs.id,
    "youth",
    y2.userId,
    at(now, -1, 11),
    "Jeg har selv to hunde og er vant til at gå lange ture.",
  );
  await interest(y3, kennelHorses.id, "youth", y3.userId, at(now, -9, 11));
  // The demo company's own interest, still one-sided.
  await interest(y4, kennelDogs.id, "company", kennel.contactUserId, at(now, -2, 12));

  // A match that has stalled (no meeting after three weeks), with a message a young person reported.
  const stalledMatch = await match(
    y5,
    warehouse,
    warehouseOpening.id,
    warehouseContact,
    at(now, -21, 9),
    "Jeg vil gerne lære at køre truck.",
  );
  const [reported] = await conversation(stalledMatch, [
    {
      authorUserId: warehouseContact,
      body: "Send mig dit CPR-nummer og en kopi af dit sygesikringskort, så jeg kan oprette dig.",
      at: at(now, -20, 9),
    },
  ]);
  if (!reported) throw new Error("demo message missing");
  await tx.insert(messageReports).values({
    municipalityId,
    messageId: reported,
    reportedByUserId: y5.userId,
    reason: "De beder om mit CPR-nummer i en besked. Er det i orden?",
    createdAt: at(now, -19, 16),
  });
}

async function insertContact(
  tx: Executor,
  demo: { municipalityId: string; passwordHash: string },
  company: DemoCompany,
  displayName: string,
  emailName: string,
): Promise<string> {
  const [user] = await tx
    .insert(users)
    .values({
      email: `${emailName}@roskilde.demo`,
      displayName,
      role: "company_contact",
      municipalityId: demo.municipalityId,
      status: "active",
      passwordHash: demo.passwordHash,
    })
    .returning({ id: users.id });
  if (!user) throw new Error("demo contact missing");
  await tx
    .insert(companyContacts)
    .values({ userId: user.id, companyId: company.id, municipalityId: demo.municipalityId });
  return user.id;
}
