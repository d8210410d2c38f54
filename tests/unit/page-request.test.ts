import { describe, expect, it } from "vitest";
import { clampedOffset, PAGE_SIZE, pageHref, pageInfo, pageOf, pageRangeText, pageWindow, parsePageRequest } from "@/lib/validation/pagination";

describe("parsePageRequest", () => {
  it("reads a page number into limit and offset", () => {
    expect(parsePageRequest({ side: "3" })).toEqual({ page: 3, limit: PAGE_SIZE, offset: 100 });
  });
  it("falls back to page 1 for missing, zero, negative, fractional and non-numeric values", () => {
    for (const side of [undefined, "", "0", "-2", "1.5", "abc", "1e99", "Infinity"]) {
      expect(parsePageRequest({ side }).page, String(side)).toBe(1);
    }
  });
  it("takes the first of repeated parameters and honours another parameter name and page size", () => {
    expect(parsePageRequest({ side: ["2", "5"] }).page).toBe(2);
    expect(parsePageRequest({ risiko: "4" }, "risiko", 10)).toEqual({ page: 4, limit: 10, offset: 30 });
  });
});

describe("pageInfo", () => {
  it("computes the count of pages and the rows shown", () => {
    expect(pageInfo({ page: 2, limit: 50, offset: 50 }, 120)).toEqual({ page: 2, pageCount: 3, total: 120, pageSize: 50, from: 51, to: 100 });
    expect(pageInfo({ page: 3, limit: 50, offset: 100 }, 120)).toMatchObject({ from: 101, to: 120 });
  });
  it("clamps a page past the end to the last page, and an empty list to page 1 of 1", () => {
    expect(pageInfo({ page: 9, limit: 50, offset: 400 }, 120)).toMatchObject({ page: 3, from: 101, to: 120 });
    expect(clampedOffset({ page: 9, limit: 50, offset: 400 }, 120)).toBe(100);
    expect(pageInfo({ page: 1, limit: 50, offset: 0 }, 0)).toMatchObject({ page: 1, pageCount: 1, from: 0, to: 0 });
  });
});

describe("pageRangeText", () => {
  const projects = { one: "projekt", many: "projekter" };
  const info = (page: number, total: number) => pageInfo({ page, limit: 50, offset: (page - 1) * 50 }, total);
  it("says which rows a page shows, in Danish figures", () => {
    expect(pageRangeText(info(2, 1500), projects)).toBe("Viser 51–100 af 1.500 projekter");
    expect(pageRangeText(info(30, 1499), projects)).toBe("Viser 1.451–1.499 af 1.499 projekter");
    expect(pageRangeText(info(2, 51), "idéer")).toBe("Viser 51 af 51 idéer");
  });
  it("names one row in the singular and an empty list as such", () => {
    expect(pageRangeText(info(1, 1), projects)).toBe("Viser 1 af 1 projekt");
    expect(pageRangeText(info(1, 0), projects)).toBe("Ingen projekter");
    expect(pageRangeText(info(1, 0), "idéer")).toBe("Ingen idéer");
  });
});

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
  });
  it("shows first, last and a window around the current page with gaps", () => {
    expect(pageWindow(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, null, 40]);
  });
});

describe("pageHref", () => {
  it("keeps filter and sort parameters and replaces the page", () => {
    expect(pageHref("/ideas", { sort: "newest", status: "new", side: "2" }, 3)).toBe("/ideas?sort=newest&status=new&side=3");
  });
  it("drops the page parameter for page 1 and keeps repeated parameters", () => {
    expect(pageHref("/ideas", { side: "4" }, 1)).toBe("/ideas");
    expect(pageHref("/x", { dept: ["1", "2"] }, 2)).toBe("/x?dept=1&dept=2&side=2");
  });
});

describe("pageOf", () => {
  it("slices a list held in memory and clamps past the end", () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, parsePageRequest({ s: "3" }, "s", 10))).toEqual({ rows: [20, 21, 22], info: expect.objectContaining({ page: 3, total: 23, from: 21, to: 23 }) });
    expect(pageOf(items, parsePageRequest({ s: "7" }, "s", 10)).rows).toEqual([20, 21, 22]);
  });
});
