import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { expectAccessible } from "../support/browser.js";
import { DEMO_PASSWORD, type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

interface ApiSession {
  cookie: string;
  csrfToken: string;
  userId: string;
}

async function apiLogin(server: RunningServer, email: string): Promise<ApiSession> {
  const response = await server.t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  const body = response.json<{ csrfToken: string; user: { id: string } }>();
  return {
    cookie: response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
    csrfToken: body.csrfToken,
    userId: body.user.id,
  };
}

/**
 * A young person of our own, enrolled by the demo staff member through the API, with the invitation
 * link from the outbox: the journey does not depend on which young people the demo seed holds.
 */
async function enrolYoungPerson(server: RunningServer, email: string): Promise<string> {
  const staff = await apiLogin(server, "staff@roskilde.demo");
  const enrolled = await server.t.app.inject({
    method: "POST",
    url: "/api/youth",
    headers: { cookie: staff.cookie, "x-csrf-token": staff.csrfToken },
    payload: {
      displayName: "Maja Mobil",
      email,
      birthDate: "2005-03-09",
      postalCode: "4000",
      counsellorId: staff.userId,
    },
  });
  expect(enrolled.statusCode, enrolled.body).toBe(201);
  const operator = await apiLogin(server, "admin@nextwork.demo");
  const outbox = await server.t.app.inject({
    method: "GET",
    url: "/api/admin/outbox?limit=50",
    headers: { cookie: operator.cookie },
  });
  const mails = outbox.json<{ items: { to: string; links: string[] }[] }>().items;
  const link = mails
    .find((mail) => mail.to === email)
    ?.links.find((candidate) => candidate.includes("/invitation/"));
  if (!link) throw new Error(`no invitation to ${email} in the outbox`);
  return new URL(link).pathname;
}

async function next(page: Page, step: number): Promise<void> {
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByText(`Trin ${step} af 9`).waitFor();
}

it("a young person fills in the profile step by step on a phone, gives consent and sees what companies see", {
  timeout: 180_000,
}, async () => {
  const { server, browser } = journey;
  const invitationPath = await enrolYoungPerson(server, "maja.mobil@roskilde.demo");

  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.baseUrl}${invitationPath}`);
    await page.getByLabel("Ny adgangskode").fill("maja-vaelger-sin-egen-kode");
    await page.getByLabel("Gentag adgangskoden").fill("maja-vaelger-sin-egen-kode");
    await page.getByRole("button", { name: "Opret konto" }).click();
    await expect.poll(() => page.url()).toBe(`${server.baseUrl}/home`);

    // Home: how far the profile is, and the way to it.
    await page.getByText(/Din profil er \d+ % udfyldt/).waitFor();
    await expectAccessible(page);
    await page.locator("main").getByRole("link", { name: "Min profil" }).click();

    // 1: about me, in the young person's own words.
    await page.getByText("Trin 1 af 9").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.getByLabel("Om mig").fill("Jeg er god til dyr og kan lide at arbejde med hænderne.");
    await expectAccessible(page);
    await next(page, 2);

    // 2 and 3: strengths and interests from the shared vocabularies (GET /api/reference/...).
    const chosen: string[] = [];
    for (const step of [2, 3]) {
      const first = page.locator("main fieldset input[type=checkbox]").first();
      await first.waitFor();
      await first.check();
      const id = await first.getAttribute("id");
      chosen.push((await page.locator(`label[for="${id}"]`).textContent()) ?? "");
      await expectAccessible(page);
      await next(page, step + 1);
    }

    // 4: experiences, added one at a time.
    await page.getByLabel("Slags erfaring").selectOption("volunteering");
    await page.getByLabel("Hvad lavede du?").fill("Frivillig i dyreinternatet");
    await page.getByRole("button", { name: "Tilføj erfaringen" }).click();
    await page.locator("main strong", { hasText: "Frivillig i dyreinternatet" }).waitFor();
    await expectAccessible(page);
    await next(page, 5);

    // 5: what I want to learn, kept private.
    await page.getByLabel("Det vil jeg gerne lære").fill("Hemmeligt ønske om at lære at svejse");
    await page.getByLabel("Kun for mig og min rådgiver").check();
    await next(page, 6);

    // 6: time. A wrong number is caught next to the field.
    await page.getByLabel("Timer om ugen").fill("90");
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByText("Skriv et helt antal timer mellem 1 og 60").first().waitFor();
    await expectAccessible(page);
    await page.getByLabel("Timer om ugen").fill("20");
    await page.getByLabel("Mandag").check();
    await page.getByLabel("Tirsdag").check();
    await page.getByLabel("Jeg kan starte", { exact: true }).fill("2027-01-04");
    await next(page, 7);

    // 7: transport.
    await page.getByLabel("Så mange kilometer kan jeg komme").fill("15");
    await page.getByLabel("Nej, jeg har ikke kørekort").check();
    await expectAccessible(page);
    await next(page, 8);

    // 8: languages.
    await page.getByLabel("dansk", { exact: true }).check();
    await page.getByLabel("engelsk", { exact: true }).check();
    await next(page, 9);

    // 9: consent, in plain words, with a clear give/withdraw.
    await page.getByText("Du har ikke givet samtykke.").first().waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: /Giv samtykke.*Virksomhederne må se min profil/ }).click();
    await page.getByText("Tak. Virksomhederne i netværket kan nu se").waitFor();
    await page.getByRole("button", { name: /Giv samtykke.*forskning/ }).click();
    await page.getByText("Tak. Dine oplysninger må nu bruges i forskningen").waitFor();
    // Withdrawing asks first.
    await page.getByRole("button", { name: /Træk samtykket tilbage.*forskning/ }).click();
    await page.getByRole("heading", { name: "Vil du trække samtykket tilbage?" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, træk det tilbage" }).click();
    await page.getByText("Samtykket er trukket tilbage. Dine oplysninger bliver ikke brugt").waitFor();

    // The preview shows what companies see: the shown parts, not the private one.
    await page.getByRole("button", { name: "Færdig" }).click();
    await expect.poll(() => page.url()).toBe(`${server.baseUrl}/profile/preview`);
    await page.getByRole("heading", { level: 2, name: /Maja, \d+ år/ }).waitFor();
    const preview = (await page.locator("main").textContent()) ?? "";
    expect(preview).toContain("Jeg er god til dyr");
    expect(preview).toContain("Frivillig i dyreinternatet");
    expect(preview).toContain("20 timer om ugen");
    for (const name of chosen) expect(preview).toContain(name);
    expect(preview).not.toContain("svejse");
    expect(preview).not.toContain("Mobil");
    expect(preview).toContain("Du har givet samtykke");
    await expectAccessible(page);

    // Back home, the profile is complete.
    await page.goto(`${server.baseUrl}/home`);
    await page.getByText("Din profil er helt udfyldt").waitFor();
  } finally {
    await context.close();
  }
});

it("a young person without consent is told that companies see nothing, and keeps track of progress and sensitive information", {
  timeout: 120_000,
}, async () => {
  const { server, browser } = journey;
  const invitationPath = await enrolYoungPerson(server, "theo.tal@roskilde.demo");
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.baseUrl}${invitationPath}`);
    await page.getByLabel("Ny adgangskode").fill("theo-vaelger-sin-egen-kode");
    await page.getByLabel("Gentag adgangskoden").fill("theo-vaelger-sin-egen-kode");
    await page.getByRole("button", { name: "Opret konto" }).click();
    await expect.poll(() => page.url()).toBe(`${server.baseUrl}/home`);

    await page.getByRole("link", { name: "Sådan ser virksomhederne dig" }).click();
    await page.getByText("Virksomhederne kan ikke se noget om dig lige nu").waitFor();
    await expectAccessible(page);

    await page.goto(`${server.baseUrl}/profile/progress`);
    await page.getByText("Der er ingen tal endnu.").waitFor();
    await page.getByRole("button", { name: "Gem tallene" }).click();
    await page.getByRole("link", { name: "Vælg et tal for Retning." }).waitFor();
    await expectAccessible(page);
    const scores = { Retning: "6", Vedholdenhed: "5", Nysgerrighed: "8", Resiliens: "4", Selvværd: "5" };
    for (const [label, score] of Object.entries(scores)) {
      await page.getByLabel(label, { exact: true }).selectOption(score);
    }
    await page.getByRole("button", { name: "Gem tallene" }).click();
    await page.getByText("Tallene er gemt.").waitFor();
    await page.getByRole("img", { name: /Bevægelser over tid/ }).waitFor();
    await page.getByRole("cell", { name: "8" }).first().waitFor();
    await expectAccessible(page);

    await page.goto(`${server.baseUrl}/profile/sensitive`);
    await page.getByText("Kun du og din rådgiver kan se dette").waitFor();
    await page.getByLabel("Anden støtte").fill("Jeg har en mentor fra sportsklubben.");
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await page.getByText("De følsomme oplysninger er gemt.").waitFor();
    await expectAccessible(page);
    await page.reload();
    await expect
      .poll(() => page.getByLabel("Anden støtte").inputValue())
      .toBe("Jeg har en mentor fra sportsklubben.");
  } finally {
    await context.close();
  }
});
