import { expect, it } from "vitest";
import { closePage, expectAccessible, newPage } from "../support/browser.js";
import { setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

it("switches between Danish and English and remembers the choice", async () => {
  const page = await newPage(journey.browser);
  try {
    await page.goto(`${journey.server.baseUrl}/login`);
    expect(await page.locator("html").getAttribute("lang")).toBe("da");
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expectAccessible(page);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
  } finally {
    await closePage(page);
  }
});
