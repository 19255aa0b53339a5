import { expect, it } from "vitest";
import { closePage, expectAccessible, navigateTo, newPage } from "../support/browser.js";
import { logInAsDemoUser, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

it("a company contact posts an opening, sees the ratio warning, pauses it and reads a consenting young person's profile", {
  timeout: 180_000,
}, async () => {
  const { server, browser } = journey;
  const page = await newPage(browser);
  try {
    await logInAsDemoUser(page, server.baseUrl, "virksomhed@roskilde.demo");

    // The company's own profile.
    await navigateTo(page, "Min virksomhed");
    await page.getByRole("heading", { level: 1, name: "Fjordens Dyrepension" }).waitFor();
    await expectAccessible(page);

    // The contact keeps the profile up to date (sending the form back with its CVR unchanged).
    await page.getByRole("button", { name: "Ret oplysninger" }).click();
    await page.getByLabel("Det kan vi tilbyde unge").fill("En fast makker og rolige morgener med dyrene.");
    await page.getByRole("button", { name: "Gem oplysninger" }).click();
    await page.getByText("Oplysningerne er gemt.").waitFor();
    await page.getByText("En fast makker og rolige morgener med dyrene.").waitFor();

    // The openings in all statuses, and the form to post one.
    await navigateTo(page, "Praktikpladser");
    await page.getByRole("heading", { level: 1, name: "Vores praktikpladser" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Praktik med hunde og katte" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Opret en praktikplads" }).click();
    await page.getByRole("heading", { level: 1, name: "Opret en praktikplads" }).waitFor();
    await page
      .getByLabel("Fagområde")
      .locator("option", { hasText: "Dyr og natur" })
      .waitFor({ state: "attached" });
    await expectAccessible(page);

    // Nothing filled in: the error summary links to each field.
    await page.getByRole("button", { name: "Opret praktikpladsen" }).click();
    await page.getByRole("link", { name: "Skriv en titel." }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Titel", { exact: true }).fill("Hjælper i hundeskolen");
    await page.getByLabel("Fagområde").selectOption("animals-nature");
    await page
      .getByLabel("Beskrivelse")
      .fill("Vær med når vi træner hvalpe og deres ejere om eftermiddagen.");
    await page
      .getByLabel("Opgaver (frivilligt)")
      .fill("Klargøring af banen, hvalpetræning, kaffe til ejerne");
    await page.getByLabel("Timer om ugen").fill("20");
    await page.getByLabel("Antal pladser").fill("2");
    await page.getByLabel("Arbejdsstedets postnummer").fill("4000");
    await page.getByLabel("Mentor (frivilligt)").fill("Lise Hansen");
    await page
      .getByRole("group", { name: "Støtte I kan give (frivilligt)" })
      .getByRole("checkbox")
      .first()
      .check();
    await page.getByRole("button", { name: "Opret praktikpladsen" }).click();

    await page.getByText("Praktikpladsen er oprettet.").waitFor();
    await page.getByRole("heading", { level: 3, name: "Hjælper i hundeskolen" }).waitFor();
    // 8 employees allow 1 trainee at a time; the open seats are more: a warning, not a block.
    await page.getByRole("heading", { name: "Flere praktikanter end rimelighedskravet tillader" }).waitFor();
    await expectAccessible(page);

    // Pausing asks first.
    await page.getByRole("button", { name: /^Sæt på pause\W+Hjælper i hundeskolen$/ }).click();
    await page.getByRole("heading", { name: 'Sæt "Hjælper i hundeskolen" på pause?' }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, sæt på pause" }).click();
    await page.getByRole("button", { name: /^Åbn igen\W+Hjælper i hundeskolen$/ }).waitFor();

    // Young people who show their profile to the network, found by interest.
    await navigateTo(page, "Unge");
    await page.getByRole("heading", { level: 1, name: "Unge i netværket" }).waitFor();
    await page.getByLabel("Interesseret i").selectOption("animals-nature");
    await page.getByRole("button", { name: "Vis unge" }).click();
    const noah = page.getByRole("link", { name: /^Noah, \d+ år$/ }).first();
    await noah.waitFor();
    await expectAccessible(page);

    await noah.click();
    await page.getByRole("heading", { level: 1, name: /^Noah, \d+ år$/ }).waitFor();
    await page.getByText("Det her har Noah valgt at vise netværkets virksomheder.").waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    // Only the first name: never the surname, email or anything private.
    expect(text).not.toContain("Noah Ung");
    expect(text).not.toContain("ung@roskilde.demo");
    await expectAccessible(page);

    // Wishes from young people, and the opening form prefilled to answer one.
    await navigateTo(page, "Ønsker");
    await page.getByRole("heading", { level: 1, name: "Ønsker fra unge" }).waitFor();
    await page
      .getByRole("link", { name: /^Svar med en praktikplads/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: "Svar med en praktikplads" }).waitFor();
    expect(await page.getByLabel("Fagområde").inputValue()).not.toBe("");
    await expectAccessible(page);
  } finally {
    await closePage(page);
  }
});
