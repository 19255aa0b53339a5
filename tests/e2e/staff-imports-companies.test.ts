import { expect, it } from "vitest";
import { closePage, expectAccessible, navigateTo, newPage } from "../support/browser.js";
import { logInAsDemoUser, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/** A CVR number that passes the modulus-11 check: seven digits and the check digit that fits them. */
function validCvr(start: number): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let candidate = start; ; candidate++) {
    const digits = String(candidate).padStart(7, "0").split("").map(Number);
    const sum = digits.reduce((total, digit, i) => total + digit * (weights[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join("");
  }
}

function csvFile(rows: string[][]): { name: string; mimeType: string; buffer: Buffer } {
  const lines = [["cvr", "name", "industry", "postal_code", "employee_count"], ...rows].map((row) =>
    row.join(";"),
  );
  return {
    name: "virksomheder.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`),
  };
}

it("staff import companies from a CSV file: an error imports nothing; the corrected file imports them all", {
  timeout: 180_000,
}, async () => {
  const { server, browser } = journey;
  const page = await newPage(browser);
  const first = validCvr(8_812_345);
  const second = validCvr(8_823_456);
  try {
    await logInAsDemoUser(page, server.baseUrl, "staff@roskilde.demo");
    await navigateTo(page, "Virksomheder");
    await page.getByRole("heading", { level: 1, name: "Virksomheder" }).waitFor();
    await page.getByRole("link", { name: "Fjordens Dyrepension" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Importér virksomheder" }).click();
    await page.getByRole("heading", { level: 1, name: "Importér virksomheder" }).waitFor();
    await page.getByRole("cell", { name: "coordinator_email" }).waitFor();
    expect(await page.getByRole("link", { name: "Hent skabelonen (CSV)" }).getAttribute("href")).toBe(
      "/api/companies/import/template.csv",
    );
    await expectAccessible(page);

    // A file with a wrong CVR number: every error is listed and nothing can be imported.
    await page.getByLabel("CSV-fil med virksomheder").setInputFiles(
      csvFile([
        [first, "Importfirma Et ApS", "Gartneri", "4000", "12"],
        ["12345678", "Importfirma To A/S", "Butik", "4000", "30"],
      ]),
    );
    await page.getByRole("button", { name: "Kontrollér filen" }).click();
    await page.getByRole("heading", { name: "Resultat af kontrollen" }).waitFor();
    await page.getByText("2 rækker i filen, 1 i orden, 1 fejl.").waitFor();
    const errorRow = page
      .getByRole("row")
      .filter({ hasText: "cvr" })
      .filter({ has: page.getByRole("cell", { name: "3", exact: true }) });
    await errorRow.waitFor();
    expect(await page.getByRole("button", { name: "Importér", exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page);

    // The corrected file: checked, then imported, with the result.
    await page.getByLabel("CSV-fil med virksomheder").setInputFiles(
      csvFile([
        [first, "Importfirma Et ApS", "Gartneri", "4000", "12"],
        [second, "Importfirma To A/S", "Butik", "4000", "30"],
      ]),
    );
    await page.getByRole("button", { name: "Kontrollér filen" }).click();
    await page.getByText("Filen er i orden: 2 virksomheder kan importeres.").waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Importér", exact: true }).click();
    await page.getByText("2 virksomheder er importeret.").waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Se virksomhederne" }).click();
    await page.getByRole("heading", { level: 1, name: "Virksomheder" }).waitFor();
    await page.getByLabel("Søg", { exact: true }).fill("Importfirma");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.getByRole("link", { name: "Importfirma Et ApS" }).waitFor();
    await page.getByRole("link", { name: "Importfirma To A/S" }).waitFor();
    await expectAccessible(page);

    // By coordinator: the imported companies have none, the demo companies are Sara's.
    await page.getByLabel("Søg", { exact: true }).fill("");
    await page.getByLabel("Koordinator").selectOption({ label: "Sara Rådgiver" });
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.getByRole("link", { name: "Fjordens Dyrepension" }).waitFor();
    expect(await page.getByRole("link", { name: "Importfirma Et ApS" }).count()).toBe(0);
    await page.getByLabel("Koordinator").selectOption({ value: "" });
    await page.getByLabel("Søg", { exact: true }).fill("Importfirma");
    await page.getByRole("button", { name: "Søg", exact: true }).click();

    // The company's page, with its contacts and the invitation form.
    await page.getByRole("link", { name: "Importfirma Et ApS" }).click();
    await page.getByRole("heading", { level: 1, name: "Importfirma Et ApS" }).waitFor();
    await page.getByRole("heading", { name: "Inviter kontaktperson" }).waitFor();
    await expectAccessible(page);
  } finally {
    await closePage(page);
  }
});
