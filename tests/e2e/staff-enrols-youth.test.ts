import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { closePage, expectAccessible, navigateTo, newPage } from "../support/browser.js";
import { logInAsDemoUser, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/** After "Indskriv": the detail page, or a failure that says what the form showed instead. */
async function expectDetailPageOf(page: Page, name: string): Promise<void> {
  try {
    await page.getByRole("heading", { level: 1, name }).waitFor({ timeout: 15_000 });
  } catch (error) {
    throw new Error(
      `no detail page for ${name}; the page said: ${await page.locator("main").textContent()}`,
      {
        cause: error,
      },
    );
  }
}

it("staff enrol a young person, open the detail page and reveal the CPR number; the invitation is in the outbox", {
  timeout: 180_000,
}, async () => {
  const { server, browser } = journey;
  const page = await newPage(browser);
  try {
    await logInAsDemoUser(page, server.baseUrl, "staff@roskilde.demo");
    await navigateTo(page, "Unge");
    await page.getByRole("heading", { level: 1, name: "Unge" }).waitFor();
    await page
      .locator("main")
      .getByText(/Henter unge/)
      .waitFor({ state: "detached" });
    await expectAccessible(page);

    await page.getByRole("link", { name: "Indskriv en ung" }).click();
    await page.getByRole("heading", { level: 1, name: "Indskriv en ung" }).waitFor();
    await expectAccessible(page);

    // Nothing filled in: the error summary links to each field.
    await page.getByRole("button", { name: "Indskriv og send invitation" }).click();
    await page.getByRole("link", { name: "Indtast et navn." }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Navn").fill("Ali Indskrevet");
    await page.getByLabel("E-mail").fill("ali.indskrevet@roskilde.demo");
    await page.getByLabel("Fødselsdato").fill("2006-04-17");
    await page.getByLabel("Telefon (frivilligt)").fill("20 30 40 50");
    // The town is named as the postal code is typed; an unknown code is a warning, not a block.
    await page.getByLabel("Postnummer").fill("9999");
    await page.getByText("Vi kender ikke det postnummer. Tjek, at det er rigtigt.").waitFor();
    await page.getByLabel("Postnummer").fill("4000");
    await page.locator("#enrol-postalCode-town").getByText("Roskilde").waitFor();
    await page.getByLabel("CPR-nummer (frivilligt)").fill("170406-4321");
    await page.getByRole("button", { name: "Indskriv og send invitation" }).click();

    await expectDetailPageOf(page, "Ali Indskrevet");
    await page.getByText("Invitationen er sendt til ali.indskrevet@roskilde.demo").waitFor();
    expect(await page.locator("main").textContent()).toContain("170406-XXXX");
    expect(await page.locator("main").textContent()).not.toContain("170406-4321");
    // The counsellor sees what fits the young person, with the reasons, to talk about it.
    await page.getByRole("heading", { level: 2, name: "Anbefalede praktikker" }).waitFor();
    await page.getByText(/passer i alt/).waitFor();
    await expectAccessible(page);

    // The full CPR number only on request, with the reason it is logged.
    await page.getByText("Hver visning bliver logget").waitFor();
    await page.getByRole("button", { name: "Vis fuldt CPR-nummer" }).click();
    await page.getByText("1704064321").or(page.getByText("170406-4321")).first().waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Skjul CPR-nummeret" }).click();

    // The counsellor may open the sensitive information, on purpose.
    await page.getByRole("button", { name: "Vis følsomme oplysninger" }).click();
    await page.getByLabel("Helbred").waitFor();
    await expectAccessible(page);

    // Programme data.
    await page.getByText("Ret forløbsoplysninger").click();
    await page.getByLabel("Status", { exact: true }).selectOption("paused");
    await page.getByRole("button", { name: "Gem forløbsoplysninger" }).click();
    await page.getByText("Forløbsoplysningerne er gemt.").waitFor();
    await expectAccessible(page);

    // Filling in the profile together with the young person reuses the guided form.
    await page.getByRole("link", { name: "Udfyld profilen sammen med Ali Indskrevet" }).click();
    await page.getByText("Trin 1 af 9").waitFor();
    await page.getByLabel("Om mig").fill("Ali fortæller: jeg kan lide at lave mad.");
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByText("Trin 2 af 9").waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Stop her og fortsæt en anden gang" }).click();
    await page.getByText("Ali fortæller: jeg kan lide at lave mad.").waitFor();

    // The list finds the young person.
    await page.goto(`${server.baseUrl}/youth`);
    await page.getByLabel("Søg", { exact: true }).fill("Indskrevet");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.getByRole("link", { name: "Ali Indskrevet" }).waitFor();
    await expectAccessible(page);

    // Filtered by counsellor as well: Ali is with Sara, the staff member who enrolled them.
    await page.getByLabel("Rådgiver").selectOption({ label: "Sara Rådgiver" });
    const filtered = page.waitForRequest((request) => request.url().includes("counsellorId="));
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await filtered;
    await page.getByRole("link", { name: "Ali Indskrevet" }).waitFor();
  } finally {
    await closePage(page);
  }

  const operator = await newPage(browser);
  try {
    await logInAsDemoUser(operator, server.baseUrl, "admin@nextwork.demo");
    await operator.getByText("ali.indskrevet@roskilde.demo").first().waitFor();
    const mail = operator.locator("li").filter({ hasText: "ali.indskrevet@roskilde.demo" }).first();
    await mail.locator("a[href*='/invitation/']").first().waitFor();
  } finally {
    await closePage(operator);
  }
});

it("a municipality admin enrols with a chosen counsellor and cannot reveal the CPR number", {
  timeout: 120_000,
}, async () => {
  const { server, browser } = journey;
  const page = await newPage(browser, { width: 360 });
  try {
    await logInAsDemoUser(page, server.baseUrl, "admin@roskilde.demo");
    await page.goto(`${server.baseUrl}/youth/new`);
    await page
      .getByLabel("Rådgiver")
      .locator("option", { hasText: "Sara Rådgiver" })
      .waitFor({ state: "attached" });
    await page.getByLabel("Navn").fill("Bo Bredde");
    await page.getByLabel("E-mail").fill("bo.bredde@roskilde.demo");
    await page.getByLabel("Fødselsdato").fill("2004-12-01");
    await page.getByLabel("Postnummer").fill("4000");
    await page.getByLabel("CPR-nummer (frivilligt)").fill("0112044321");
    await page.getByLabel("Rådgiver").selectOption({ label: "Sara Rådgiver" });
    await expectAccessible(page);
    await page.getByRole("button", { name: "Indskriv og send invitation" }).click();
    await expectDetailPageOf(page, "Bo Bredde");
    expect(await page.locator("main").textContent()).toContain("011204-XXXX");
    expect(await page.getByRole("button", { name: "Vis fuldt CPR-nummer" }).count()).toBe(0);
    await page.getByText("Kun den unges egen rådgiver kan se de følsomme oplysninger.").waitFor();
    await expectAccessible(page);

    // The same e-mail twice is refused next to the field.
    await page.goto(`${server.baseUrl}/youth/new`);
    await page
      .getByLabel("Rådgiver")
      .locator("option", { hasText: "Sara Rådgiver" })
      .waitFor({ state: "attached" });
    await page.getByLabel("Navn").fill("Bo Igen");
    await page.getByLabel("E-mail").fill("bo.bredde@roskilde.demo");
    await page.getByLabel("Fødselsdato").fill("2004-12-01");
    await page.getByLabel("Postnummer").fill("4000");
    await page.getByLabel("Rådgiver").selectOption({ label: "Sara Rådgiver" });
    await page.getByRole("button", { name: "Indskriv og send invitation" }).click();
    await page
      .getByRole("link", { name: "Der findes allerede en bruger med denne e-mailadresse." })
      .waitFor();
    await expectAccessible(page);
  } finally {
    await closePage(page);
  }
});
