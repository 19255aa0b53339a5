import { addDays, danishDateOf, mondayOf } from "../internships/internship-calendar.js";
import { checkInternship } from "../internships/internship-rules.js";
import { takeSeat } from "../internships/internships.repository.js";
import {
  internshipAbsences,
  internshipCheckIns,
  internshipEvaluations,
  internships,
} from "../internships/internships.tables.js";
import { interests, matches } from "../matching/matching.tables.js";
import type { Executor } from "./database.js";
import type { DemoCompany, DemoYouth } from "./demo-matchmaking.js";

const DAY = 24 * 60 * 60 * 1000;

/** The moment of a calendar day at a given hour (UTC), so demo rows carry sensible times. */
function on(date: string, hourUtc: number): Date {
  return new Date(`${date}T${String(hourUtc).padStart(2, "0")}:00:00Z`);
}

/**
 * Internships in the Roskilde demo, at the company of virksomhed@roskilde.demo (Fjordens
 * Dyrepension): ung@roskilde.demo is two weeks into an internship in the horse stable, with
 * check-ins from both sides and a sick day, and it holds the stable's seat; another young person
 * finished one with the dogs and cats in the autumn, evaluated by both sides. Dates count from
 * `now`, so the demo is always in the middle of it.
 */
export async function insertDemoInternships(
  tx: Executor,
  demo: {
    municipalityId: string;
    /** The staff member who counsels the demo's young people and approves for the municipality. */
    staffId: string;
    youth: DemoYouth[];
    companies: DemoCompany[];
    now: Date;
  },
): Promise<void> {
  const { municipalityId, staffId, now } = demo;
  const demoYouth = demo.youth[0];
  const former = demo.youth[6];
  const kennel = demo.companies.find((company) => company.name === "Fjordens Dyrepension");
  const [kennelDogs, kennelHorses] = kennel?.openings ?? [];
  const contactUserId = kennel?.contactUserId;
  if (!demoYouth || !former || !kennel || !contactUserId || !kennelDogs || !kennelHorses)
    throw new Error("the demo network lacks what the internship demo builds on");

  const match = async (young: DemoYouth, openingId: string, createdAt: Date) => {
    await tx.insert(interests).values([
      {
        municipalityId,
        openingId,
        youthId: young.id,
        side: "youth",
        createdByUserId: young.userId,
        createdAt: new Date(createdAt.getTime() - DAY),
      },
      {
        municipalityId,
        openingId,
        youthId: young.id,
        side: "company",
        createdByUserId: contactUserId,
        createdAt,
      },
    ]);
    const [row] = await tx
      .insert(matches)
      .values({
        municipalityId,
        openingId,
        youthId: young.id,
        companyId: kennel.id,
        createdAt,
        lastActivityAt: createdAt,
      })
      .returning({ id: matches.id });
    if (!row) throw new Error("demo match missing");
    return row.id;
  };

  /** An internship as it was agreed: both approvals, checked by the rules of its start date. */
  const internship = async (
    young: DemoYouth,
    openingId: string,
    plan: { startDate: string; plannedEndDate: string; purpose: string; tasks: string },
    state: { status: "active" | "completed"; endedAt?: Date },
  ) => {
    const agreed = on(addDays(plan.startDate, -10), 10);
    const checked = checkInternship({
      startDate: plan.startDate,
      plannedEndDate: plan.plannedEndDate,
      hoursPerWeek: 20,
      readiness: "other",
      company: { employeeCount: 8, overlappingInternships: 0 },
    });
    const [row] = await tx
      .insert(internships)
      .values({
        municipalityId,
        matchId: await match(young, openingId, on(addDays(plan.startDate, -21), 9)),
        openingId,
        youthId: young.id,
        companyId: kennel.id,
        status: state.status,
        startDate: plan.startDate,
        originalEndDate: plan.plannedEndDate,
        plannedEndDate: plan.plannedEndDate,
        hoursPerWeek: 20,
        purpose: plan.purpose,
        tasks: plan.tasks,
        mentorUserId: contactUserId,
        ruleSetId: checked.ruleSet.id,
        ruleFindings: checked.findings,
        proposedByUserId: contactUserId,
        youthApprovedAt: new Date(agreed.getTime() + DAY),
        staffApprovedAt: new Date(agreed.getTime() + 2 * DAY),
        staffApprovedByUserId: staffId,
        endedAt: state.endedAt ?? null,
        createdAt: agreed,
        updatedAt: state.endedAt ?? agreed,
      })
      .returning({ id: internships.id });
    if (!row) throw new Error("demo internship missing");
    return row.id;
  };

  const checkIns = (
    internshipId: string,
    young: DemoYouth,
    weeks: { weekStart: string; youth: [number, string]; company: [number, string] }[],
  ) =>
    tx.insert(internshipCheckIns).values(
      weeks.flatMap((week) => [
        {
          municipalityId,
          internshipId,
          side: "youth" as const,
          weekStart: week.weekStart,
          rating: week.youth[0],
          comment: week.youth[1],
          authorUserId: young.userId,
          createdAt: on(addDays(week.weekStart, 4), 13),
        },
        {
          municipalityId,
          internshipId,
          side: "company" as const,
          weekStart: week.weekStart,
          rating: week.company[0],
          comment: week.company[1],
          authorUserId: contactUserId,
          createdAt: on(addDays(week.weekStart, 4), 14),
        },
      ]),
    );

  // Noah: in the horse stable since the Monday two weeks ago, eight weeks in all.
  const thisMonday = mondayOf(danishDateOf(now));
  const activeStart = addDays(thisMonday, -14);
  const active = await internship(
    demoYouth,
    kennelHorses.id,
    {
      startDate: activeStart,
      plannedEndDate: addDays(activeStart, 8 * 7 - 1),
      purpose: "At lære staldrutinerne og at møde stabilt fire dage om ugen.",
      tasks: "Mugning, fodring og striglning af pensionshestene",
    },
    { status: "active" },
  );
  if (!(await takeSeat(tx, kennelHorses.id))) throw new Error("the demo stable has no free seat");
  await checkIns(active, demoYouth, [
    {
      weekStart: activeStart,
      youth: [4, "Hestene er søde, men det er hårdt at komme op om morgenen."],
      company: [4, "Godt første møde med stalden. Spørger, når han er i tvivl."],
    },
    {
      weekStart: addDays(activeStart, 7),
      youth: [5, "Jeg har fået min egen hest at passe!"],
      company: [5, "Mere selvstændig i denne uge."],
    },
  ]);
  await tx.insert(internshipAbsences).values({
    municipalityId,
    internshipId: active,
    kind: "sick",
    fromDate: addDays(activeStart, 8),
    toDate: addDays(activeStart, 8),
    note: "Forkølet",
    recordedByUserId: demoYouth.userId,
    createdAt: on(addDays(activeStart, 8), 6),
  });

  // Another young person finished four weeks with the dogs and cats in the autumn.
  const formerStart = addDays(thisMonday, -10 * 7);
  const formerEnd = addDays(formerStart, 4 * 7 - 1);
  const completed = await internship(
    former,
    kennelDogs.id,
    {
      startDate: formerStart,
      plannedEndDate: formerEnd,
      purpose: "At prøve at arbejde med dyr og at vise, at faste mødetider kan holdes.",
      tasks: "Fodring, gåture og rengøring af bure",
    },
    { status: "completed", endedAt: on(formerEnd, 15) },
  );
  await checkIns(completed, former, [
    {
      weekStart: formerStart,
      youth: [3, "Lidt nervøs for de store hunde."],
      company: [4, "Rolig og forsigtig."],
    },
    { weekStart: addDays(formerStart, 7), youth: [4, "Bedre nu."], company: [4, "Tager selv initiativ."] },
    {
      weekStart: addDays(formerStart, 14),
      youth: [5, "Jeg elsker gåturene."],
      company: [5, "Kunderne er glade."],
    },
    {
      weekStart: addDays(formerStart, 21),
      youth: [5, "Ked af, at det slutter."],
      company: [5, "Vi kommer til at savne vores praktikant."],
    },
  ]);
  await tx.insert(internshipEvaluations).values([
    {
      municipalityId,
      internshipId: completed,
      side: "youth",
      wentWell: "At jeg kom hver dag til tiden, og at hundene blev glade for mig.",
      showed: "At jeg kan tage ansvar for dyr og lære nye rutiner hurtigt.",
      authorUserId: former.userId,
      createdAt: on(addDays(formerEnd, 2), 10),
    },
    {
      municipalityId,
      internshipId: completed,
      side: "company",
      wentWell: "Stabilt fremmøde og en rolig hånd med de nervøse hunde.",
      showed: "Omhu, tålmodighed og god kontakt med kunderne ved aflevering og afhentning.",
      authorUserId: contactUserId,
      createdAt: on(addDays(formerEnd, 3), 9),
    },
  ]);
}
