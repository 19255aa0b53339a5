import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompany, createCompanyContact, createYouth } from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type MunicipalityFixture,
  type Session,
  type UserFixture,
} from "../../../tests/support/factories.js";
import {
  addGroupMember,
  createNetworkGroup,
  type GroupFixture,
} from "../../../tests/support/group-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { minutes } from "../../../tests/support/test-clock.js";
import { auditEvents, networkGroups } from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

interface GroupWorld {
  group: GroupFixture;
  facilitatorUser: UserFixture;
  facilitator: Session;
  memberUser: UserFixture;
  member: Session;
  otherMember: Session;
}

/** A group with a facilitator and two members, each logged in. */
async function groupIn(municipality: MunicipalityFixture): Promise<GroupWorld> {
  const facilitatorUser = await createUser(t.db, {
    role: "staff",
    municipality,
    displayName: "Mette Facilitator",
  });
  const group = await createNetworkGroup(t.db, { municipality, facilitators: [facilitatorUser] });
  const young = await createYouth(t.db, { municipality });
  const otherYoung = await createYouth(t.db, { municipality });
  await addGroupMember(t.db, group, young);
  await addGroupMember(t.db, group, otherYoung);
  return {
    group,
    facilitatorUser,
    facilitator: await login(t.app, facilitatorUser),
    memberUser: young.user,
    member: await login(t.app, young.user),
    otherMember: await login(t.app, otherYoung.user),
  };
}

const boardUrl = (group: { id: string }) => `/api/groups/${group.id}/board`;
const hideUrl = (post: { id: string }) => `/api/board-posts/${post.id}/hide`;

async function post(session: Session, group: { id: string }, body: string, parentPostId?: string) {
  const response = await session.request("POST", boardUrl(group), {
    body,
    ...(parentPostId ? { parentPostId } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; parentPostId: string | null };
}

describe("access", () => {
  it("answers 401 without a session", async () => {
    const id = "0192f7c6-0000-7000-8000-000000000000";
    for (const [method, url] of [
      ["GET", `/api/groups/${id}/board`],
      ["POST", `/api/groups/${id}/board`],
      ["POST", `/api/board-posts/${id}/hide`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("shows the board to the group's members and facilitators and 404 to everyone else", async () => {
    const world = await groupIn(roskilde);
    const first = await post(world.member, world.group, "Jeg var til samtale i dag!");

    const otherGroup = await groupIn(roskilde);
    const { session: otherStaff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    const company = await createCompany(t.db, { municipality: roskilde });
    const contact = await login(t.app, await createCompanyContact(t.db, company));
    const elsewhere = await groupIn(sonderborg);
    const formerYoung = await createYouth(t.db, { municipality: roskilde });
    await addGroupMember(t.db, world.group, formerYoung, { joinedOn: "2026-09-01", leftOn: "2026-10-01" });
    const former = await login(t.app, formerYoung.user);
    const { session: systemAdmin } = await loggedInUser(t.app, t.db, "system_admin");

    const outsiders = {
      "staff who is not a facilitator": otherStaff,
      "a municipality admin who is not a facilitator": admin,
      "another group's member": otherGroup.member,
      "another group's facilitator": otherGroup.facilitator,
      "a company contact": contact,
      "another municipality's facilitator": elsewhere.facilitator,
      "another municipality's member": elsewhere.member,
      "a former member": former,
      "a system admin": systemAdmin,
    };
    for (const [who, session] of Object.entries(outsiders)) {
      expect((await session.request("GET", boardUrl(world.group))).statusCode, who).toBe(404);
      expect((await session.request("POST", boardUrl(world.group), { body: "Hej" })).statusCode, who).toBe(
        404,
      );
      expect((await session.request("POST", hideUrl(first), { reason: "Spam" })).statusCode, who).toBe(404);
    }

    for (const session of [world.member, world.otherMember, world.facilitator]) {
      const board = await session.request("GET", boardUrl(world.group));
      expect(board.statusCode).toBe(200);
      expect(board.json().items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    }
    expect((await world.facilitator.request("GET", boardUrl(world.group))).json().viewerRole).toBe(
      "facilitator",
    );
    expect((await world.member.request("GET", boardUrl(world.group))).json().viewerRole).toBe("member");
  });
});

describe("posting", () => {
  it("lets members and facilitators post and reply; members see young authors by first name", async () => {
    const world = await groupIn(roskilde);
    const question = await post(world.member, world.group, "Hvordan forbereder I jer til en samtale?");
    const answer = await post(world.facilitator, world.group, "Øv jer højt med en ven.", question.id);
    const second = await post(
      world.otherMember,
      world.group,
      "Jeg skriver ned hvad jeg vil sige.",
      question.id,
    );
    // A reply to a reply joins the original post's thread.
    const nested = await post(world.member, world.group, "Tak begge to!", answer.id);
    expect(nested.parentPostId).toBe(question.id);

    const board = (await world.otherMember.request("GET", boardUrl(world.group))).json();
    expect(board.items).toHaveLength(1);
    const [thread] = board.items;
    expect(thread.replies.map((reply: { id: string }) => reply.id)).toEqual([
      answer.id,
      second.id,
      nested.id,
    ]);
    const firstName = world.memberUser.displayName.split(" ")[0];
    expect(thread.author).toEqual({ name: firstName, kind: "member", mine: false });
    expect(thread.replies[0].author).toEqual({ name: "Mette Facilitator", kind: "facilitator", mine: false });
    expect(thread.replies[1].author.mine).toBe(true);

    const seenByFacilitator = (await world.facilitator.request("GET", boardUrl(world.group))).json();
    expect(seenByFacilitator.items[0].author.name).toBe(world.memberUser.displayName);
  });

  it("stores and returns the text as plain text, and refuses empty or too long posts", async () => {
    const world = await groupIn(roskilde);
    const text = '<script>alert("x")</script> & <b>fed</b>';
    await post(world.member, world.group, text);
    const board = (await world.member.request("GET", boardUrl(world.group))).json();
    expect(board.items[0].body).toBe(text);
    expect((await world.member.request("POST", boardUrl(world.group), { body: "   " })).statusCode).toBe(400);
    expect(
      (await world.member.request("POST", boardUrl(world.group), { body: "x".repeat(2001) })).statusCode,
    ).toBe(400);
    expect(
      (await world.member.request("POST", boardUrl(world.group), { body: "x".repeat(2000) })).statusCode,
    ).toBe(201);
  });

  it("refuses a reply to a post of another group", async () => {
    const world = await groupIn(roskilde);
    const other = await groupIn(roskilde);
    const foreign = await post(other.member, other.group, "Vores gruppe");
    const response = await world.member.request("POST", boardUrl(world.group), {
      body: "Svar",
      parentPostId: foreign.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe("parentPostId");
    const otherBoard = (await other.member.request("GET", boardUrl(other.group))).json();
    expect(otherBoard.items[0].replies).toEqual([]);
  });

  it("keeps a closed group's board readable but refuses new posts (409)", async () => {
    const world = await groupIn(roskilde);
    await post(world.member, world.group, "Sidste møde i dag");
    await t.db.update(networkGroups).set({ status: "closed" }).where(eq(networkGroups.id, world.group.id));
    expect((await world.member.request("GET", boardUrl(world.group))).json().items).toHaveLength(1);
    expect((await world.member.request("POST", boardUrl(world.group), { body: "Hej?" })).statusCode).toBe(
      409,
    );
    expect((await world.facilitator.request("POST", boardUrl(world.group), { body: "Tak" })).statusCode).toBe(
      409,
    );
  });

  it("pages posts newest first", async () => {
    const world = await groupIn(roskilde);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advance(minutes(1));
      ids.push((await post(world.member, world.group, `Indlæg ${i}`)).id);
    }
    const first = (await world.member.request("GET", `${boardUrl(world.group)}?limit=2`)).json();
    expect(first.items.map((item: { id: string }) => item.id)).toEqual([ids[4], ids[3]]);
    const second = (
      await world.member.request("GET", `${boardUrl(world.group)}?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([ids[2], ids[1]]);
    const third = (
      await world.member.request("GET", `${boardUrl(world.group)}?limit=2&cursor=${second.nextCursor}`)
    ).json();
    expect(third.items.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
    expect(third.nextCursor).toBeNull();
  });
});

describe("hiding", () => {
  const hiddenAudits = (groupId: string) =>
    t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "group.post_hidden"), eq(auditEvents.subjectId, groupId)));

  it("lets the author hide their own post without a reason; members then see it hidden, without text", async () => {
    const world = await groupIn(roskilde);
    const mine = await post(world.member, world.group, "Det her fortryder jeg");
    expect((await world.otherMember.request("POST", hideUrl(mine), {})).statusCode).toBe(403);
    const hidden = await world.member.request("POST", hideUrl(mine), {});
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toMatchObject({ hidden: true, hiddenBy: "author", body: null });

    const seenByMember = (await world.otherMember.request("GET", boardUrl(world.group))).json().items[0];
    expect(seenByMember).toMatchObject({ id: mine.id, hidden: true, body: null, hiddenReason: null });
    const seenByFacilitator = (await world.facilitator.request("GET", boardUrl(world.group))).json().items[0];
    expect(seenByFacilitator).toMatchObject({ hidden: true, body: "Det her fortryder jeg" });
    expect(await hiddenAudits(world.group.id)).toEqual([]);
    expect((await world.member.request("POST", hideUrl(mine), {})).statusCode).toBe(409);
  });

  it("lets a facilitator hide any post, with a reason that is required and audited", async () => {
    const world = await groupIn(roskilde);
    const rude = await post(world.member, world.group, "Noget grimt");
    const reply = await post(world.otherMember, world.group, "Et svar", rude.id);

    const withoutReason = await world.facilitator.request("POST", hideUrl(rude), {});
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().errors[0].path).toBe("reason");

    const hidden = await world.facilitator.request("POST", hideUrl(rude), { reason: "Sårende sprog" });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toMatchObject({
      hidden: true,
      hiddenBy: "facilitator",
      hiddenReason: "Sårende sprog",
      body: "Noget grimt",
    });
    const seenByMember = (await world.member.request("GET", boardUrl(world.group))).json().items[0];
    expect(seenByMember).toMatchObject({
      hidden: true,
      hiddenBy: "facilitator",
      body: null,
      hiddenReason: null,
    });
    expect(seenByMember.replies[0]).toMatchObject({ id: reply.id, hidden: false, body: "Et svar" });

    const audits = await hiddenAudits(world.group.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: world.facilitatorUser.id, municipalityId: roskilde.id });

    // A hidden post can no longer be answered.
    expect(
      (await world.member.request("POST", boardUrl(world.group), { body: "Hm", parentPostId: rude.id }))
        .statusCode,
    ).toBe(409);
  });
});
