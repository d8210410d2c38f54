import { describe, expect, it } from "vitest";
import { countProjects, listProjectPage } from "@/lib/queries/project-page";
import { listProjects } from "@/lib/queries/projects";
import { parsePageRequest } from "@/lib/validation/pagination";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";
import { allProjects, daysAgo, insertReport, userId } from "./dashboard-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();
const filter = (params: Record<string, string> = {}) => parsePortfolioFilter(params);
const pageOf = (page: number, size?: number) => parsePageRequest({ side: String(page) }, "side", size);

describe("one page of the portfolio register", () => {
  it("cuts the sorted register into pages that together are the whole register, in order", () => {
    const orders: Record<string, string>[] = [{}, { sort: "budget", dir: "desc" }, { sort: "title" }, { sort: "status", dir: "desc" }, { phase: "active", sort: "end" }];
    for (const params of orders) {
      const whole = listProjects(filter(params)).map((row) => row.code);
      const size = 7;
      const first = listProjectPage(filter(params), pageOf(1, size));
      expect(first.info.total, JSON.stringify(params)).toBe(whole.length);
      expect(first.info.pageCount).toBe(Math.ceil(whole.length / size));
      const pages = Array.from({ length: first.info.pageCount }, (_, index) => listProjectPage(filter(params), pageOf(index + 1, size)));
      for (const page of pages.slice(0, -1)) expect(page.rows).toHaveLength(size);
      expect(pages.flatMap((page) => page.rows.map((row) => row.code))).toEqual(whole);
    }
  });

  it("has 50 rows a page by default and counts the filtered set", () => {
    const all = allProjects(db());
    const page = listProjectPage(filter(), pageOf(1));
    expect(page.rows).toHaveLength(Math.min(50, all.length));
    expect(page.info.total).toBe(all.length);
    const trial = all.filter((project) => project.phase === "trial").length;
    expect(countProjects(filter({ phase: "trial" }))).toBe(trial);
    expect(listProjectPage(filter({ phase: "trial" }), pageOf(1)).rows.every((row) => row.phase === "trial")).toBe(true);
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
    const last = listProjectPage(filter(), pageOf(9999, size));
    expect(last.info.page).toBe(last.info.pageCount);
    expect(last.rows.length).toBeGreaterThan(0);
    const none = listProjectPage(filter({ q: "ingen-projekter-hedder-sådan" }), pageOf(3, size));
    expect(none).toEqual({ rows: [], info: { page: 1, pageCount: 1, total: 0, pageSize: size, from: 0, to: 0 } });
  });
});
