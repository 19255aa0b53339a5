import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

const CHROMIUM = "/usr/bin/chromium";

/**
 * Debian's Chromium, never a downloaded browser. A missing browser fails the test: a browser test
 * that silently skips would let the UI break unseen.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No browser at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without these, Chromium reaches out to Google's services, which this sandbox refuses.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** No WCAG 2.1 A or AA violation that axe can find on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}

/** A page in a fresh browser context (its own cookies and storage), as axe needs. */
export async function newPage(browser: Browser, options: { width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 } });
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

export interface BrowserLogin {
  email: string;
  password: string;
}

/**
 * Logs in through the login form in a fresh context of the given width and waits for the home
 * page. `fixedTime` pins the page's clock (to the server's test clock) for screens that compare
 * with "now"; `timezoneId` pins the zone for screens that show local times.
 */
export async function logIn(
  browser: Browser,
  baseUrl: string,
  user: BrowserLogin,
  width: number,
  options: { fixedTime?: Date; timezoneId?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  if (options.fixedTime) await context.clock.setFixedTime(options.fixedTime);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Adgangskode").fill(user.password);
  await page.locator("main").getByRole("button", { name: "Log ind" }).click();
  await expect.poll(() => page.url()).toBe(`${baseUrl}/home`);
  return page;
}

/**
 * Follows a link of the main menu by its exact name. Below the desktop breakpoint the links are
 * folded behind the "Menu" button, so it is opened first, as a person on a phone would.
 */
export async function navigateTo(page: Page, name: string): Promise<void> {
  const nav = page.getByRole("banner").getByRole("navigation");
  const menuButton = nav.getByRole("button", { name: "Menu", exact: true });
  const link = nav.getByRole("link", { name, exact: true });
  // Whichever shows first tells the width: a link on a desktop, the button on a phone.
  await link.or(menuButton).filter({ visible: true }).first().waitFor();
  if ((await menuButton.isVisible()) && (await menuButton.getAttribute("aria-expanded")) !== "true") {
    await menuButton.click();
  }
  await link.click();
}
