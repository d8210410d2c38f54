import { expect, test, type Page } from "@playwright/test";
import { openTestDatabase, storageStateOf } from "./support";
import { pdfHeadings, pdfPageCount, sameHeading } from "./pdf-outline";

test.use({ storageState: storageStateOf("director") });

/** Chrome's print to PDF on A4, with the outline (bookmarks from the headings) that tells on which page each starts. */
async function printToPdf(page: Page, path: string): Promise<Buffer> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.emulateMedia({ media: "print" });
  return page.pdf({ format: "A4", outline: true, tagged: true, preferCSSPageSize: true });
}

function arrange() {
  const db = openTestDatabase();
  try {
    const one = <T>(sql: string) => db.prepare(sql).get() as T;
    return {
      // The demo project with the most benefits: RPA i lønbehandling (DIG-2024-008) with three.
      project: one<{ code: string; title: string; benefits: number }>(
        "select p.code, p.title, count(*) as benefits from projects p join benefits b on b.project_id = p.id group by p.id order by count(*) desc, p.code limit 1",
      ),
      learning: one<{ id: number; title: string }>("select id, title from experiments where state = 'finished' order by id limit 1"),
      meeting: one<{ id: number }>("select id from meetings where minutes_locked_at is not null order by id limit 1"),
    };
  } finally {
    db.close();
  }
}

test("printed reports start on page 1, and the benefits report breaks between benefits only when needed", async ({ page }) => {
  const { project, learning, meeting } = arrange();
  expect(project.benefits, "the demo project has three benefits").toBe(3);

  const report = await printToPdf(page, `/projects/${project.code}/benefits-report`);
  const headings = pdfHeadings(report);
  // Page 1 holds the report's title and the first benefit: no empty first page, no page to itself for the header.
  expect(headings.find((heading) => sameHeading(heading.title, project.title))?.page).toBe(1);
  const benefitPages = headings.filter((heading) => !sameHeading(heading.title, project.title)).map((heading) => heading.page);
  expect(benefitPages).toHaveLength(3);
  expect(benefitPages[0]).toBe(1);
  // 4 pages: the header and three benefits (each a facts list, a chart and up to five measurements, about 1,000–1,250
  // CSS px tall against A4's 1,010 px of printable height at 15 mm margins) flow into three and a half pages. Kept
  // whole on a fresh page each, as before, the same report took 6 (the header alone on page 1).
  expect(benefitPages).toEqual([1, 2, 3]);
  expect(pdfPageCount(report)).toBe(4);

  for (const [path, heading] of [
    [`/learnings/experiment/${learning.id}/card`, learning.title],
    [`/meetings/${meeting.id}/minutes`, "Beslutningsreferat"],
    ["/portfolio", "Portefølje"],
  ] as const) {
    const pdf = await printToPdf(page, path);
    expect(pdfPageCount(pdf), path).toBeGreaterThanOrEqual(1);
    expect(pdfHeadings(pdf).find((entry) => sameHeading(entry.title, heading))?.page, `${path}: "${heading}" on page 1`).toBe(1);
  }
});
