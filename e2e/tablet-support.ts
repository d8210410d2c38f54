import { expect, type Locator, type Page } from "@playwright/test";
import { openTestDatabase } from "./support";

/**
 * The Menu button of the collapsed navigation: a <summary> (so it works without script), which axe treats as a button
 * but Playwright's role query does not, hence found by its text.
 */
export function menuButton(page: Page): Locator {
  return page.locator("header summary").filter({ hasText: /^\s*Menu/ });
}

/** The page scrolls sideways: the document is wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(0);
}

/**
 * Text hidden by its own box: a visible element whose content is wider than it (by more than a pixel) while its
 * overflow hides or clips, and that holds visible text. A scroller that is meant to scroll (overflow auto/scroll,
 * marked as a focusable region with a name, like the wide tables' frames) is not clipping; an unnamed one is reported.
 */
export async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hides = (value: string) => value === "hidden" || value === "clip";
    const scrolls = (value: string) => value === "auto" || value === "scroll";
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      if (element.scrollWidth <= element.clientWidth + 1 || element.clientWidth === 0 || !element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || element.closest(".sr-only, [aria-hidden='true']")) continue;
      const text = element.innerText?.trim() ?? "";
      if (!text) continue;
      const labelledScroller = scrolls(style.overflowX) && element.getAttribute("role") === "region" && element.hasAttribute("aria-label");
      if (labelledScroller) continue;
      if (hides(style.overflowX) || scrolls(style.overflowX)) {
        const name = element.getAttribute("aria-label") ?? text.slice(0, 40).replace(/\s+/g, " ");
        found.push(`<${element.tagName.toLowerCase()} class="${element.className}"> "${name}" (${element.scrollWidth} > ${element.clientWidth}, overflow-x ${style.overflowX})`);
      }
    }
    return found;
  });
}

export async function expectNoClippedText(page: Page): Promise<void> {
  expect(await clippedTexts(page), `clipped text on ${page.url()}`).toEqual([]);
}

/** The main pages a director opens, with ids and codes read from the test database. */
export function mainPages(): { path: string; heading: RegExp | string }[] {
  const db = openTestDatabase();
  try {
    const one = <T>(sql: string) => db.prepare(sql).get() as T;
    const project = one<{ code: string }>(
      "select p.code from projects p join benefits b on b.project_id = p.id join risks r on r.project_id = p.id group by p.id order by count(distinct b.id) desc, p.code limit 1",
    );
    const zone = one<{ slug: string; name: string }>("select slug, name from zones order by id limit 1");
    const experiment = one<{ id: number; title: string }>("select id, title from experiments order by id limit 1");
    const meeting = one<{ id: number; title: string }>("select id, title from meetings order by id limit 1");
    const code = encodeURIComponent(project.code);
    return [
      { path: "/", heading: /God(morgen|dag|aften)/ },
      { path: "/portfolio", heading: "Portefølje" },
      { path: "/portfolio/projects", heading: "Projekter" },
      { path: "/portfolio/roadmap", heading: "Køreplan" },
      { path: `/projects/${code}`, heading: /./ },
      { path: `/projects/${code}?tab=risks`, heading: /./ },
      { path: `/projects/${code}?tab=benefits`, heading: /./ },
      { path: "/benefits", heading: /Gevinster/ },
      { path: "/strategy", heading: /Strategi/ },
      { path: "/zones", heading: "Udviklingsrum" },
      { path: `/zones/${zone.slug}`, heading: zone.name },
      { path: `/experiments/${experiment.id}`, heading: experiment.title },
      { path: "/learnings", heading: /Erfaringsbank/ },
      { path: "/ideas", heading: /Idé/ },
      { path: "/meetings", heading: /møder/i },
      { path: `/meetings/${meeting.id}`, heading: /./ },
    ];
  } finally {
    db.close();
  }
}

/** A labelled table frame shows its whole table (no column scrolled out of sight). */
export async function expectRegionFits(page: Page, name: string): Promise<void> {
  const region = page.getByRole("region", { name, exact: true });
  const hidden = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(hidden, `the ${name} table is cut off on ${page.url()}`).toBeLessThanOrEqual(1);
}
