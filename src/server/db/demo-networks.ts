import { and, eq, gt, lte, sql } from "drizzle-orm";
import { companyContacts } from "../companies/companies.tables.js";
import {
  companyReferrals,
  networkMeetingInvitations,
  networkMeetingResponses,
  networkMeetings,
} from "../company-network/company-network.tables.js";
import { generateMeetingsForGroup } from "../groups/groups.service.js";
import {
  groupBoardPosts,
  groupMeetingAttendance,
  groupMeetingNotices,
  groupMeetings,
  groupReflections,
  networkGroupFacilitators,
  networkGroupMemberships,
  networkGroups,
} from "../groups/groups.tables.js";
import { copenhagenDate, copenhagenLocalToUtc, slotMeetingsBetween } from "../groups/meeting-schedule.js";
import { addDays } from "../internships/internship-calendar.js";
import { queueMeetingChangeReminders } from "../reminders/reminders.service.js";
import type { Executor } from "./database.js";
import type { DemoCompany, DemoYouth } from "./demo-matchmaking.js";

const DAY = 24 * 60 * 60 * 1000;

interface NetworksDemo {
  municipalityId: string;
  /** The staff member who facilitates both groups and coordinates the company network. */
  staffId: string;
  youth: DemoYouth[];
  companies: DemoCompany[];
  now: Date;
}

function daysFrom(now: Date, days: number): string {
  return copenhagenDate(new Date(now.getTime() + days * DAY));
}

const themes = [
  "Hvad er jeg god til?",
  "Min første dag på en arbejdsplads",
  "Når noget går skævt",
  "Fritid og energi",
  "At sige til og fra",
  "Mit netværk",
  "Drømmejobbet",
  "Hvad har jeg lært i praktikken?",
];

type AttendanceMark = "present" | "absent_with_notice" | "absent";

/**
 * The networks in the Roskilde demo. Two network groups, both facilitated by staff@: "Tirsdags-
 * gruppen" with ung@roskilde.demo and seven others, "Torsdagsgruppen" with eight more; six weeks
 * of past meetings with attendance (one member of Tirsdagsgruppen missed the last two without
 * notice, so the counsellor sees a signal), a board with posts and replies, ung@'s reflection, and
 * meetings 8 weeks ahead. The company network: meetings spread over the last ten months with
 * answers, attendance and minutes, one in two weeks that virksomhed@ has not answered yet, and one
 * later. Gartneriet has recommended ung@ to Hotel Fjordudsigt. Dates count from `now`.
 */
export async function insertDemoNetworks(tx: Executor, demo: NetworksDemo): Promise<void> {
  await insertDemoGroups(tx, demo);
  await insertDemoCompanyNetwork(tx, demo);
  await insertDemoReferral(tx, demo);
}

async function insertDemoGroups(tx: Executor, demo: NetworksDemo): Promise<void> {
  const { municipalityId, staffId, now } = demo;
  const startsOn = daysFrom(now, -7 * 7);
  const specs = [
    {
      name: "Tirsdagsgruppen",
      weekday: 2,
      startTime: "13:00",
      durationMinutes: 120,
      place: "Ungdommens Hus, Hersegade 18, Roskilde",
      videoLink: null,
      members: demo.youth.slice(0, 8),
    },
    {
      name: "Torsdagsgruppen",
      weekday: 4,
      startTime: "10:00",
      durationMinutes: 90,
      place: "Roskilde Bibliotek, mødelokale 2",
      videoLink: null,
      members: demo.youth.slice(8, 16),
    },
  ];
  for (const [groupIndex, spec] of specs.entries()) {
    const [group] = await tx
      .insert(networkGroups)
      .values({
        municipalityId,
        name: spec.name,
        weekday: spec.weekday,
        startTime: spec.startTime,
        durationMinutes: spec.durationMinutes,
        place: spec.place,
        videoLink: spec.videoLink,
        startsOn,
        createdByUserId: staffId,
        createdAt: new Date(now.getTime() - 60 * DAY),
      })
      .returning();
    if (!group) throw new Error("demo group missing");
    await tx.insert(networkGroupFacilitators).values({ groupId: group.id, userId: staffId, municipalityId });
    for (const member of spec.members) {
      await tx
        .insert(networkGroupMemberships)
        .values({ municipalityId, groupId: group.id, youthId: member.id, joinedOn: startsOn });
    }

    const past = slotMeetingsBetween(group, startsOn, daysFrom(now, -1));
    for (const [meetingIndex, slot] of past.entries()) {
      const [meeting] = await tx
        .insert(groupMeetings)
        .values({
          municipalityId,
          groupId: group.id,
          slotDate: slot.slotDate,
          startsAt: slot.startsAt,
          durationMinutes: group.durationMinutes,
          place: group.place,
          theme: themes[(meetingIndex + groupIndex * 3) % themes.length] ?? null,
          createdAt: new Date(slot.startsAt.getTime() - 14 * DAY),
        })
        .returning({ id: groupMeetings.id });
      if (!meeting) throw new Error("demo group meeting missing");
      const fromEnd = past.length - meetingIndex;
      for (const [memberIndex, member] of spec.members.entries()) {
        const mark = demoAttendance(groupIndex, memberIndex, meetingIndex, fromEnd);
        if (mark === "absent_with_notice") {
          await tx.insert(groupMeetingNotices).values({
            meetingId: meeting.id,
            youthId: member.id,
            municipalityId,
            reason: memberIndex === 0 ? "Tandlæge" : null,
            createdAt: new Date(slot.startsAt.getTime() - DAY),
          });
        }
        await tx.insert(groupMeetingAttendance).values({
          meetingId: meeting.id,
          youthId: member.id,
          municipalityId,
          status: mark,
          recordedByUserId: staffId,
          recordedAt: new Date(slot.startsAt.getTime() + 30 * 60 * 1000),
        });
      }
      const demoYouth = spec.members[0];
      if (groupIndex === 0 && fromEnd === 1 && demoYouth) {
        await tx.insert(groupReflections).values({
          municipalityId,
          meetingId: meeting.id,
          youthId: demoYouth.id,
          text: "Jeg lærte, at jeg faktisk er god til at forklare ting for andre. Det var rart, at de andre lyttede.",
          sharedWithCounsellor: true,
          createdAt: slot.endsAt,
          updatedAt: slot.endsAt,
        });
      }
    }

    const next = await generateMeetingsForGroup(tx, group, now);
    if (next === 0) throw new Error("demo group got no upcoming meetings");
    await insertDemoBoard(tx, demo, group.id, spec.members, groupIndex);
    if (groupIndex === 0) await moveDemoMeeting(tx, demo, group, spec.members);
  }
}

/**
 * The group's meeting in the second week ahead is moved an hour later, and its members are told: the home page
 * of ung@ shows the "moved" reminder, and the reminder job mails it.
 */
async function moveDemoMeeting(
  tx: Executor,
  demo: NetworksDemo,
  group: { id: string; name: string; startTime: string },
  members: DemoYouth[],
): Promise<void> {
  const [moved] = await tx
    .update(groupMeetings)
    .set({
      startsAt: sql`${groupMeetings.startsAt} + interval '1 hour'`,
      theme: "Besøg fra Roskilde Byggemarked",
      sequence: 1,
      updatedAt: demo.now,
    })
    .where(
      and(
        eq(groupMeetings.groupId, group.id),
        // A week's window holds exactly one weekly meeting.
        gt(groupMeetings.startsAt, new Date(demo.now.getTime() + 7 * DAY)),
        lte(groupMeetings.startsAt, new Date(demo.now.getTime() + 14 * DAY)),
      ),
    )
    .returning();
  if (!moved) throw new Error("the demo group has no meeting to move");
  await queueMeetingChangeReminders(tx, {
    municipalityId: demo.municipalityId,
    subjectType: "group_meeting",
    subjectId: moved.id,
    kind: "meeting_moved",
    sequence: moved.sequence,
    userIds: members.map((member) => member.userId),
    details: { title: group.name, startsAt: moved.startsAt.toISOString(), place: moved.place, reason: null },
    now: demo.now,
  });
}

/**
 * Mostly present; the demo young person once away with notice; in the first group the fourth
 * member missed the last two meetings without notice (the signal the counsellor should see).
 */
function demoAttendance(
  groupIndex: number,
  memberIndex: number,
  meetingIndex: number,
  fromEnd: number,
): AttendanceMark {
  if (groupIndex === 0 && memberIndex === 3 && fromEnd <= 2) return "absent";
  if (groupIndex === 0 && memberIndex === 0 && meetingIndex === 2) return "absent_with_notice";
  if ((memberIndex * 7 + meetingIndex * 3 + groupIndex) % 11 === 0) return "absent_with_notice";
  if ((memberIndex * 5 + meetingIndex * 2 + groupIndex) % 13 === 0) return "absent";
  return "present";
}

async function insertDemoBoard(
  tx: Executor,
  demo: NetworksDemo,
  groupId: string,
  members: DemoYouth[],
  groupIndex: number,
): Promise<void> {
  const { municipalityId, staffId, now } = demo;
  const author = (index: number) => members[index]?.userId ?? staffId;
  const threads =
    groupIndex === 0
      ? [
          {
            by: author(1),
            daysAgo: 12,
            body: "Er der nogen, der har tips til den første dag i praktik? Jeg starter på mandag og er ret nervøs.",
            replies: [
              {
                by: author(0),
                body: "Mød op lidt før tid og spørg, hvem du skal gå til. Det hjalp mig meget.",
              },
              {
                by: staffId,
                body: "Godt spørgsmål! Vi tager det op på tirsdag, så alle kan dele deres erfaringer.",
              },
            ],
          },
          {
            by: author(0),
            daysAgo: 5,
            body: "Jeg har fået en praktik i en hestestald. Første uge var hård, men jeg glæder mig hver morgen.",
            replies: [{ by: author(2), body: "Sejt! Hvordan fandt du den?" }],
          },
          {
            by: author(4),
            daysAgo: 2,
            body: "Husk at skrive afbud i appen, hvis I ikke kan komme. Så ved de andre, at I ikke er væk.",
            replies: [],
          },
        ]
      : [
          {
            by: author(0),
            daysAgo: 9,
            body: "Hvordan siger man nej til en opgave på en pæn måde, når man ikke kan nå den?",
            replies: [
              { by: author(3), body: "Jeg siger, hvad jeg er i gang med, og spørger hvad der er vigtigst." },
            ],
          },
          {
            by: staffId,
            daysAgo: 3,
            body: "Næste gang besøger vi Hedeland Naturcenter. Vi mødes ved indgangen kl. 10.",
            replies: [],
          },
        ];
  for (const thread of threads) {
    const createdAt = new Date(now.getTime() - thread.daysAgo * DAY);
    const [post] = await tx
      .insert(groupBoardPosts)
      .values({ municipalityId, groupId, authorUserId: thread.by, body: thread.body, createdAt })
      .returning({ id: groupBoardPosts.id });
    if (!post) throw new Error("demo board post missing");
    for (const [index, reply] of thread.replies.entries()) {
      await tx.insert(groupBoardPosts).values({
        municipalityId,
        groupId,
        parentPostId: post.id,
        authorUserId: reply.by,
        body: reply.body,
        createdAt: new Date(createdAt.getTime() + (index + 1) * 3 * 60 * 60 * 1000),
      });
    }
  }
}

/** The date itself if it is a Tuesday, Wednesday or Thursday, else the next such day: networks meet midweek. */
function midweekFrom(date: string): string {
  let day = date;
  for (;;) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday >= 2 && weekday <= 4) return day;
    day = addDays(day, 1);
  }
}

const networkPlan = [
  { daysFromNow: -290, title: "Årets første netværksmøde", host: "Hotel Fjordudsigt", minutes: true },
  {
    daysFromNow: -230,
    title: "Mentorrollen: at tage imod en ung",
    host: "Fjordens Dyrepension",
    minutes: true,
  },
  { daysFromNow: -170, title: "Praktik, der fører til job", host: null, minutes: true },
  {
    daysFromNow: -110,
    title: "Sommermøde: erfaringer fra foråret",
    host: "Gartneriet Svogerslev",
    minutes: true,
  },
  {
    daysFromNow: -45,
    title: "At se de unges styrker",
    host: "Roskilde Byggemarked",
    minutes: false,
  },
  { daysFromNow: 14, title: "Matchmaking-arrangement: forberedelse", host: "Café Domkirken", minutes: false },
  { daysFromNow: 70, title: "Nytårsmøde og planer for næste år", host: null, minutes: false },
];

async function insertDemoCompanyNetwork(tx: Executor, demo: NetworksDemo): Promise<void> {
  const { municipalityId, staffId, now, companies } = demo;
  const contacts = await contactsByCompany(tx, municipalityId);
  for (const [meetingIndex, plan] of networkPlan.entries()) {
    const host = plan.host ? companies.find((company) => company.name === plan.host) : undefined;
    const startsAt = copenhagenLocalToUtc(midweekFrom(daysFrom(now, plan.daysFromNow)), "15:00");
    const held = plan.daysFromNow < 0;
    const [meeting] = await tx
      .insert(networkMeetings)
      .values({
        municipalityId,
        title: plan.title,
        startsAt,
        durationMinutes: 120,
        place: host ? null : "Roskilde Rådhus, Rådhusbuen 1",
        hostCompanyId: host?.id ?? null,
        agenda:
          "Velkomst og nyt fra netværket\nTema og erfaringsudveksling\nUnge, der søger praktik lige nu\nEventuelt",
        minutes: plan.minutes
          ? "14 virksomheder deltog. Vi delte erfaringer med at tage imod unge i praktik og aftalte at følge op på næste møde."
          : null,
        createdByUserId: staffId,
        createdAt: new Date(startsAt.getTime() - 60 * DAY),
      })
      .returning({ id: networkMeetings.id });
    if (!meeting) throw new Error("demo network meeting missing");
    for (const [companyIndex, company] of companies.entries()) {
      // The demo contact's company came to all but one; others vary, so the year figure differs.
      const attended = held
        ? company.name === "Fjordens Dyrepension"
          ? meetingIndex !== 2
          : (companyIndex + meetingIndex) % 3 !== 0
        : null;
      await tx.insert(networkMeetingInvitations).values({
        meetingId: meeting.id,
        companyId: company.id,
        municipalityId,
        attended,
        attendanceRecordedByUserId: held ? staffId : null,
        attendanceRecordedAt: held ? new Date(startsAt.getTime() + DAY) : null,
      });
      const contact = contacts.get(company.id);
      // The next meeting is left unanswered for virksomhed@, so answering it can be tried.
      const answers = held || (meetingIndex === 5 && company.name !== "Fjordens Dyrepension");
      if (contact && answers) {
        await tx.insert(networkMeetingResponses).values({
          meetingId: meeting.id,
          userId: contact,
          companyId: company.id,
          municipalityId,
          answer: attended === false ? "no" : companyIndex % 4 === 1 && !held ? "maybe" : "yes",
          answeredAt: new Date(startsAt.getTime() - 7 * DAY),
        });
      }
    }
  }
}

/** The first contact of each company (the matchmaking demo adds contacts the network demo lacks). */
async function contactsByCompany(tx: Executor, municipalityId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ companyId: companyContacts.companyId, userId: companyContacts.userId })
    .from(companyContacts)
    .where(eq(companyContacts.municipalityId, municipalityId))
    .orderBy(companyContacts.createdAt);
  const found = new Map<string, string>();
  for (const row of rows) if (!found.has(row.companyId)) found.set(row.companyId, row.userId);
  return found;
}

async function insertDemoReferral(tx: Executor, demo: NetworksDemo): Promise<void> {
  const nursery = demo.companies.find((company) => company.name === "Gartneriet Svogerslev");
  const hotel = demo.companies.find((company) => company.name === "Hotel Fjordudsigt");
  const demoYouth = demo.youth[0];
  const nurseryContact = nursery
    ? (await contactsByCompany(tx, demo.municipalityId)).get(nursery.id)
    : undefined;
  if (!nursery || !nurseryContact || !hotel || !demoYouth)
    throw new Error("the demo lacks the referral's parties");
  await tx.insert(companyReferrals).values({
    municipalityId: demo.municipalityId,
    youthId: demoYouth.id,
    fromCompanyId: nursery.id,
    fromUserId: nurseryContact,
    toCompanyId: hotel.id,
    note: "Noah var god til at tage imod kunderne i vores butik og er rolig og venlig. I burde møde ham.",
    createdAt: new Date(demo.now.getTime() - 2 * DAY),
  });
}
