import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageStateOf } from "./support";
import { expectNoClippedText, expectNoHorizontalScroll, expectRegionFits, mainPages, menuButton } from "./tablet-support";

/** Every visible link and button in the main content and navigation is at least 44 × 44 px. */
async function expectTouchTargets(page: Page) {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("main a, main button, nav a, nav button, summary"))
      // checkVisibility, not offsetParent: the closed menu's links keep a box inside their <details>.
      .filter((element) => element.checkVisibility() && !element.closest("table"))
      .map((element) => ({ text: element.textContent?.trim(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`),
  );
  expect(small, `small touch targets on ${page.url()}`).toEqual([]);
}

/** The collapsed navigation: a Menu button that opens the main menu and closes on Escape, focus back on it. */
async function expectMenuButton(page: Page) {
  const menu = page.getByRole("navigation", { name: "Hovedmenu" });
  const button = menuButton(page);
  await expect(menu).toBeHidden();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("link", { name: /^Mit overblik/ })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Portefølje" })).toBeVisible();
  await expectTouchTargets(page);
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  // The search field and the bell stay in the top bar.
  await expect(page.getByRole("searchbox", { name: /Søg i portalen/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Notifikationer/ })).toBeVisible();
}

// The two sizes only read: both workers take them.
test.describe.configure({ mode: "parallel" });

// Both sizes collapse the menu and hide the same things (the breakpoint between them only changes the grids), so the
// axe pass of the collapsed shell on /portfolio runs at the first size only.
for (const [index, viewport] of [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
].entries()) {
  test.describe(`tablet ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, storageState: storageStateOf("director"), hasTouch: true });

    test("the navigation collapses and every main page fits without sideways scroll or clipped text", async ({ page, browser }) => {
      await page.goto("/portfolio");
      await expect(page.getByRole("heading", { name: "Portefølje", level: 1 })).toBeVisible();
      // The first screen shows the key figures and the attention list, not the filter form.
      await expect(page.getByRole("heading", { name: "Nøgletal", level: 2 })).toBeInViewport();
      await expect(page.getByRole("heading", { name: "Kræver opmærksomhed", level: 2 })).toBeInViewport();
      await expect(page.getByRole("search", { name: "Filtrér porteføljen" })).toBeHidden();
      await expectMenuButton(page);
      await expectTouchTargets(page);
      if (index === 0) await expectNoAxeViolations(page);
      // The department × light matrix shows all its columns, the red one included.
      await expectRegionFits(page, "Statusmatrix");
      const matrix = page.getByRole("region", { name: "Statusmatrix", exact: true });
      await matrix.scrollIntoViewIfNeeded();
      await expect(matrix.getByRole("columnheader", { name: "Rød" })).toBeInViewport({ ratio: 1 });

      for (const { path, heading } of mainPages()) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(heading);
          await expectNoHorizontalScroll(page);
          await expectNoClippedText(page);
          if (path.startsWith("/projects/")) await expectTouchTargets(page);
          if (path.endsWith("tab=risks")) await expectRegionFits(page, "Risici");
        });
      }

      const admin = await browser.newContext({ viewport, hasTouch: true, storageState: storageStateOf("admin") });
      try {
        const adminPage = await admin.newPage();
        await adminPage.goto("/admin");
        await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(/Administration/);
        await expectNoHorizontalScroll(adminPage);
        await expectNoClippedText(adminPage);
      } finally {
        await admin.close();
      }
    });
  });
}
