import { expect, type Page } from "@playwright/test";

/** What #project-count says on the first page of a register of `total` projects (50 a page). */
export function projectCountText(total: number): string {
  const number = (value: number) => new Intl.NumberFormat("da-DK").format(value);
  if (total === 0) return "Ingen projekter";
  if (total === 1) return "Viser 1 af 1 projekt";
  return `Viser 1–${number(Math.min(total, 50))} af ${number(total)} projekter`;
}

/** The portfolio's filter form has a page of its own, linked from every view; open it from the current view. */
export async function openPortfolioFilters(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Filtrér porteføljen" }).click();
  await expect(page.getByRole("heading", { name: "Filtrér porteføljen", level: 1 })).toBeVisible();
}
