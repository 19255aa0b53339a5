import { expect, it } from "vitest";
import { closePage, expectAccessible, navigateTo, newPage } from "../support/browser.js";
import { logInAsDemoUser, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

it("on a phone the young person's many links wait behind a Menu button; on a desktop they show as a row", {
  timeout: 90_000,
}, async () => {
  const { server, browser } = journey;
  const page = await newPage(browser, { width: 360 });
  try {
    await logInAsDemoUser(page, server.baseUrl, "ung@roskilde.demo");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const nav = page.getByRole("banner").getByRole("navigation", { name: "Hovedmenu" });
    const menuButton = nav.getByRole("button", { name: "Menu", exact: true });
    const home = nav.getByRole("link", { name: "Hjem", exact: true });
    const forYou = nav.getByRole("link", { name: "Til dig", exact: true });
    const logOut = nav.getByRole("button", { name: "Log ud" });

    // Closed: the button, not the links, comes before the page's content.
    await menuButton.waitFor();
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    expect(await forYou.isVisible()).toBe(false);
    expect(await logOut.isVisible()).toBe(false);
    const buttonBox = await menuButton.boundingBox();
    expect(buttonBox?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(buttonBox?.width ?? 0).toBeGreaterThanOrEqual(44);
    const listId = await menuButton.getAttribute("aria-controls");
    expect(listId).toBeTruthy();
    // The language switch stays beside it.
    await page.getByRole("button", { name: "English" }).waitFor();

    // Open: every link, the current page marked, "Log ud" among them, and nothing wider than the phone.
    await menuButton.click();
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    await forYou.waitFor();
    expect(await page.locator(`#${listId}`).isVisible()).toBe(true);
    expect(await home.getAttribute("aria-current")).toBe("page");
    await logOut.waitFor();
    const widths = await page.evaluate(() => ({
      content: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.content).toBeLessThanOrEqual(widths.viewport);
    await expectAccessible(page);

    // Escape from inside the menu closes it and gives focus back to the button.
    await page.keyboard.press("Tab");
    expect(await forYou.evaluate((link) => link.closest("nav")?.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    expect(await forYou.isVisible()).toBe(false);
    expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true);

    // Choosing a link closes the menu on the new page, which is now the one marked.
    await navigateTo(page, "Til dig");
    await expect.poll(() => page.url()).toBe(`${server.baseUrl}/for-you`);
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    expect(await forYou.isVisible()).toBe(false);
    await menuButton.click();
    expect(await forYou.getAttribute("aria-current")).toBe("page");
    expect(await home.getAttribute("aria-current")).toBeNull();

    // A desktop shows the links as a row and no button.
    await page.setViewportSize({ width: 1280, height: 800 });
    await forYou.waitFor();
    expect(await menuButton.isVisible()).toBe(false);
    expect(await logOut.isVisible()).toBe(true);
    await expectAccessible(page);
    await page.setViewportSize({ width: 360, height: 800 });

    // "Log ud" is reached from the phone's menu.
    if ((await menuButton.getAttribute("aria-expanded")) !== "true") await menuButton.click();
    await logOut.click();
    await expect.poll(() => page.url()).toBe(`${server.baseUrl}/`);
    expect(await menuButton.count()).toBe(0);
  } finally {
    await closePage(page);
  }
});
