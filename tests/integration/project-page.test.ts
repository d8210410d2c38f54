import { describe, expect, it } from "vitest";
import { countProjects, listProjectPage } from "@/lib/queries/project-page";
import { listProjects } from "@/lib/queries/projects";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";
import { allProjects, daysAgo, insertReport, userId } from "./dashboard-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();
const filter = (params: Record<string, string> = {}) => parsePortfolioFilter(params);

describe("one page of the portfolio register", () => {
  it("cuts the sorted register into pages that together are the whole register, in order", () => {
    const orders: Record<string, string>[] = [{}, { sort: "budget", dir: "desc" }, { sort: "title" }, { sort: "status", dir: "desc" }, { phase: "active", sort: "end" }];
    for (const params of orders) {
      const whole = listProjects(filter(params)).map((row) => row.code);
      const size = 7;
      const first = listProjectPage(filter(params), 1, size);
      expect(first.total, JSON.stringify(params)).toBe(whole.length);
      expect(first.pageCount).toBe(Math.ceil(whole.length / size));
      const pages = Array.from({ length: first.pageCount }, (_, index) => listProjectPage(filter(params), index + 1, size));
      for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(size);
      expect(pages.flatMap((page) => page.items.map((row) => row.code))).toEqual(whole);
    }
  });

  it("has 50 rows a page by default and counts the filtered set", () => {
    const all = allProjects(db());
    const page = listProjectPage(filter(), 1);
    expect(page.items).toHaveLength(Math.min(50, all.length));
    expect(page.total).toBe(all.length);
    const trial = all.filter((project) => project.phase === "trial").length;
    expect(countProjects(filter({ phase: "trial" }))).toBe(trial);
    expect(listProjectPage(filter({ phase: "trial" }), 1).items.every((row) => row.phase === "trial")).toBe(true);
  });

  it("counts a light filter by the latest published report", () => {
    const author = userId(db(), "direktor@egeby.dk");
    const [a, b] = allProjects(db()).filter((project) => project.phase === "implementation");
    insertReport(db(), a.id, "red", daysAgo(1), author);
    insertReport(db(), b.id, "red", daysAgo(3), author);
    insertReport(db(), b.id, "green", daysAgo(1), author);
    const red = listProjects(filter({ light: "red" }));
    expect(red.some((row) => row.id === a.id)).toBe(true);
    expect(red.some((row) => row.id === b.id)).toBe(false);
    expect(countProjects(filter({ light: "red" }))).toBe(red.length);
    expect(countProjects(filter({ light: "none" }))).toBe(listProjects(filter({ light: "none" })).length);
  });

  it("shows the last page for a page past the end, and one empty page for no matches", () => {
    const size = 5;
    const last = listProjectPage(filter(), 9999, size);
    expect(last.page).toBe(last.pageCount);
    expect(last.items.length).toBeGreaterThan(0);
    const none = listProjectPage(filter({ q: "ingen-projekter-hedder-sådan" }), 3, size);
    expect(none).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});
