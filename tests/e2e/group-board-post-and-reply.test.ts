import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { groupBoardPosts, users } from "../../src/server/db/schema.js";
import { closePage, expectAccessible, logIn, navigateTo } from "../support/browser.js";
import { createYouth } from "../support/domain-factories.js";
import { createMunicipality, createUser } from "../support/factories.js";
import { addGroupMember, createNetworkGroup } from "../support/group-factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/** A municipality of the journey's own with one group, its facilitator and two members. */
async function buildGroup(server: RunningServer) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const facilitator = await createUser(db, { role: "staff", municipality, displayName: "Mette Facilitator" });
  const group = await createNetworkGroup(db, { municipality, facilitators: [facilitator] });
  const named = async (name: string) => {
    const young = await createYouth(db, { municipality });
    await db.update(users).set({ displayName: name }).where(eq(users.id, young.user.id));
    await addGroupMember(db, group, young);
    return young;
  };
  const liva = await named("Liva Stald");
  const noah = await named("Noah Berg");
  return { group, facilitator, liva, noah };
}

/** The browser's clock stands where the server's test clock does, so "this week" and "today" agree. */

const POST = "Hvem vil øve jobsamtale med mig på torsdag? <b>Jeg</b> er lidt nervøs.";
const REPLY = "Det vil jeg gerne! Vi kan mødes kl. 15.";

it("a member posts on the group's board and another member replies; both see the thread", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const setting = await buildGroup(server);

  // Liva finds her group under "Min gruppe" on her phone and writes on the board.
  const liva = await logIn(browser, server.baseUrl, setting.liva.user, 360, {
    fixedTime: journey.server.t.clock.now(),
  });
  try {
    await navigateTo(liva, "Min gruppe");
    await liva.getByRole("heading", { level: 1, name: "Min gruppe: Tirsdagsgruppen" }).waitFor();
    const board = liva.getByRole("region", { name: "Opslagstavle", exact: true });
    await board.getByText("Der er ingen opslag endnu.").waitFor();
    await expectAccessible(liva);

    await board.getByRole("button", { name: "Del opslaget" }).click();
    await board.getByRole("link", { name: "Skriv noget, før du deler." }).waitFor();
    await expectAccessible(liva);

    await board.getByLabel("Skriv et opslag").fill(POST);
    await board.getByText(`${POST.length} af 2000 tegn`).waitFor();
    await board.getByRole("button", { name: "Del opslaget" }).click();
    // Shown as the text she wrote: the angle brackets are text, not markup.
    await board.getByText(POST).waitFor();
    expect(await board.locator("b").count()).toBe(0);
    await expectAccessible(liva);
  } finally {
    await closePage(liva);
  }

  // Noah reads it on his home page and answers on the board.
  const noah = await logIn(browser, server.baseUrl, setting.noah.user, 360, {
    fixedTime: journey.server.t.clock.now(),
  });
  try {
    const home = noah.getByRole("region", { name: "Min netværksgruppe", exact: true });
    await home.getByText(POST).waitFor();
    await expectAccessible(noah);
    await home.getByRole("link", { name: "Gå til Tirsdagsgruppen" }).click();
    await noah.getByRole("heading", { level: 1, name: "Min gruppe: Tirsdagsgruppen" }).waitFor();
    const post = noah.getByRole("article", { name: "Opslag fra Liva" });
    await post.getByText(POST).waitFor();
    await post.getByRole("button", { name: "Svar Liva" }).click();
    await post.getByLabel("Dit svar til Liva").fill(REPLY);
    await post.getByRole("button", { name: "Send svar" }).click();
    await post.getByText(REPLY).waitFor();
    await expectAccessible(noah);
  } finally {
    await closePage(noah);
  }

  // Liva sees the thread, her post with Noah's reply under it.
  const again = await logIn(browser, server.baseUrl, setting.liva.user, 360, {
    fixedTime: journey.server.t.clock.now(),
  });
  try {
    await again.goto(`${server.baseUrl}/groups/${setting.group.id}`);
    const post = again.getByRole("article", { name: "Opslag fra Liva" });
    await post.getByText(POST).waitFor();
    await post.getByText(REPLY).waitFor();
    await post.getByText("Noah", { exact: true }).waitFor();
  } finally {
    await closePage(again);
  }

  // The facilitator reads the same thread from the group's page.
  const staff = await logIn(browser, server.baseUrl, setting.facilitator, 1280, {
    fixedTime: journey.server.t.clock.now(),
  });
  try {
    await navigateTo(staff, "Netværksgrupper");
    await staff.getByRole("heading", { level: 1, name: "Netværksgrupper" }).waitFor();
    await expectAccessible(staff);
    await staff.getByRole("link", { name: "Tirsdagsgruppen" }).first().click();
    await staff.getByRole("heading", { level: 1, name: "Tirsdagsgruppen" }).waitFor();
    await expectAccessible(staff);
    await staff.getByRole("link", { name: "Gå til gruppens opslagstavle" }).click();
    const post = staff.getByRole("article", { name: "Opslag fra Liva Stald" });
    await post.getByText(POST).waitFor();
    await post.getByText(REPLY).waitFor();
    await expectAccessible(staff);

    // Moderation: a facilitator hides a post only with a reason, after confirming.
    await post.getByRole("button", { name: "Skjul opslaget" }).first().click();
    await post.getByRole("heading", { name: "Vil du skjule opslaget fra Liva Stald?" }).waitFor();
    await post.getByRole("button", { name: "Ja, skjul" }).click();
    await post.getByText("Skriv en begrundelse.").waitFor();
    await expectAccessible(staff);
    await post.getByLabel("Begrundelse").fill("Personlige oplysninger");
    await post.getByRole("button", { name: "Ja, skjul" }).click();
    await post.getByText("Opslaget er skjult af en facilitator.", { exact: false }).waitFor();
    await post.getByText("Begrundelse: Personlige oplysninger", { exact: false }).waitFor();
  } finally {
    await closePage(staff);
  }

  const rows = await server.t.db
    .select({
      body: groupBoardPosts.body,
      parentPostId: groupBoardPosts.parentPostId,
      hiddenReason: groupBoardPosts.hiddenReason,
    })
    .from(groupBoardPosts)
    .where(eq(groupBoardPosts.groupId, setting.group.id));
  expect(rows).toHaveLength(2);
  expect(rows.find((row) => row.parentPostId === null)?.body).toBe(POST);
  expect(rows.find((row) => row.parentPostId === null)?.hiddenReason).toBe("Personlige oplysninger");
});
