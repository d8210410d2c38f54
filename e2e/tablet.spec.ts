import { expect, test, type Page } from "@playwright/test";
import { anyProjectCode, expectNoAxeViolations, storageStateOf } from "./support";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Every visible link and button in the main content and navigation is at least 44 × 44 px. */
async function expectTouchTargets(page: Page) {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("main a, main button, nav a, nav button, summary"))
      .filter((element) => element.offsetParent !== null && !element.closest("table"))
      .map((element) => ({ text: element.textContent?.trim(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`),
  );
  expect(small).toEqual([]);
}

for (const viewport of [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
]) {
  test.describe(`tablet ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, storageState: storageStateOf("director"), hasTouch: true });

    test("the portfolio fits and its targets are touch-sized", async ({ page }) => {
      await page.goto("/portfolio");
      await expect(page.getByRole("heading", { name: "Portefølje", level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectTouchTargets(page);
      await expectNoAxeViolations(page);
    });

    test("the portfolio's first screen shows the key figures and the attention list, not the filter form", async ({ page }) => {
      await page.goto("/portfolio");
      const attention = page.getByRole("heading", { name: "Kræver opmærksomhed", level: 2 });
      await expect(attention).toBeVisible();
      await expect(page.getByRole("heading", { name: "Nøgletal", level: 2 })).toBeInViewport();
      await expect(attention).toBeInViewport();
      await expect(page.getByRole("search", { name: "Filtrér porteføljen" })).toBeHidden();
    });

    test("a project page fits and its targets are touch-sized", async ({ page }) => {
      await page.goto(`/projects/${anyProjectCode()}`);
      await expect(page.getByRole("heading", { name: "Overblik" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectTouchTargets(page);
    });
  });
}
