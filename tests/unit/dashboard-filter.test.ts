import { describe, expect, it } from "vitest";
import {
  emptyPortfolioFilter,
  isFiltered,
  parsePortfolioFilter,
  parseRiskCell,
  portfolioHref,
  portfolioQuery,
  projectListHref,
  riskListHref,
  statusScope,
} from "@/lib/validation/portfolio";

describe("portfolio URL filter", () => {
  it("reads every filter from the URL", () => {
    const filter = parsePortfolioFilter({
      department: "3",
      phase: "trial",
      purpose: "efficiency",
      goal: "2",
      zone: "5",
      light: "none",
      owner: "17",
      q: "  chatbot ",
      sort: "status",
      dir: "desc",
    });
    expect(filter).toEqual({ department: 3, phase: "trial", purpose: "efficiency", goal: 2, zone: 5, light: "none", owner: 17, q: "chatbot", sort: "status", dir: "desc" });
  });

  it("takes the first of repeated values and reads URLSearchParams too", () => {
    expect(parsePortfolioFilter({ phase: ["analysis", "trial"] }).phase).toBe("analysis");
    expect(parsePortfolioFilter(new URLSearchParams("light=red&department=4")).light).toBe("red");
    expect(parsePortfolioFilter(new URLSearchParams("light=red&department=4")).department).toBe(4);
  });

  it("ignores what it cannot read instead of failing", () => {
    const filter = parsePortfolioFilter({ department: "x", phase: "done", light: "blue", owner: "-2", goal: "1.5", zone: "", q: "   ", sort: "price", dir: "up" });
    expect(filter).toEqual(emptyPortfolioFilter);
    expect(isFiltered(filter)).toBe(false);
  });

  it("limits free text to 100 characters", () => {
    expect(parsePortfolioFilter({ q: "a".repeat(300) }).q).toHaveLength(100);
  });

  it("accepts 'active' as a phase covering the active phases", () => {
    expect(parsePortfolioFilter({ phase: "active" }).phase).toBe("active");
  });

  it("writes short, stable URLs: defaults left out, filters in a fixed order", () => {
    const filter = parsePortfolioFilter({ q: "sag", light: "red", department: "2", sort: "budget" });
    expect(portfolioQuery(filter)).toBe("department=2&light=red&q=sag&sort=budget");
    expect(portfolioQuery(filter, {}, { sorting: false })).toBe("department=2&light=red&q=sag");
    expect(portfolioHref("/portfolio", emptyPortfolioFilter)).toBe("/portfolio");
    expect(portfolioHref("/portfolio", filter, { light: undefined, phase: "trial" })).toBe("/portfolio?department=2&phase=trial&q=sag&sort=budget");
    expect(portfolioQuery(parsePortfolioFilter({ q: "æ&ø=å" }))).toBe("q=%C3%A6%26%C3%B8%3D%C3%A5");
  });

  it("leads a dashboard count to the register under the same filters", () => {
    const filter = parsePortfolioFilter({ department: "2", phase: "active" });
    expect(projectListHref(emptyPortfolioFilter)).toBe("/portfolio/projects");
    expect(projectListHref(filter, { light: "red" })).toBe("/portfolio/projects?department=2&phase=active&light=red");
    expect(projectListHref(filter, { sort: "budget", dir: "desc" })).toBe("/portfolio/projects?department=2&phase=active&sort=budget&dir=desc");
  });

  it("round-trips through the URL", () => {
    const filter = parsePortfolioFilter({ department: "1", phase: "active", purpose: "quality", goal: "4", zone: "2", light: "green", owner: "9", q: "a b", dir: "desc" });
    expect(parsePortfolioFilter(new URLSearchParams(portfolioQuery(filter)))).toEqual(filter);
  });

  it("scopes the status widgets to the active phases unless a phase is chosen", () => {
    expect(statusScope(emptyPortfolioFilter).phase).toBe("active");
    expect(statusScope(parsePortfolioFilter({ phase: "closed" })).phase).toBe("closed");
  });
});

describe("risk heatmap cell", () => {
  it("reads probability and consequence 1–5 and ignores the rest", () => {
    expect(parseRiskCell({ p: "4", c: "5" })).toEqual({ p: 4, c: 5 });
    expect(parseRiskCell({ p: "0", c: "6" })).toEqual({ p: undefined, c: undefined });
    expect(parseRiskCell({})).toEqual({ p: undefined, c: undefined });
    expect(parseRiskCell({ p: "2", risikoscore: "efter" })).toEqual({ p: 2, c: undefined, view: "after" });
  });

  it("links to the risk list under the same filter", () => {
    const filter = statusScope(parsePortfolioFilter({ department: "3", sort: "budget" }));
    expect(riskListHref(filter, { p: 4, c: 5 })).toBe("/portfolio/risks?department=3&phase=active&p=4&c=5");
    expect(riskListHref(emptyPortfolioFilter)).toBe("/portfolio/risks");
    expect(riskListHref(emptyPortfolioFilter, { p: 2, c: 3, view: "after" })).toBe("/portfolio/risks?p=2&c=3&risikoscore=efter");
  });
});
