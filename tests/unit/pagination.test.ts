import { describe, expect, it } from "vitest";
import { clampPage, pageCount, pageLinks, pageRange, pageSize, parsePageNumber, rangeText } from "@/lib/domain/pagination";

const noun = { one: "projekt", many: "projekter" };

describe("pagination", () => {
  it("reads a page number from the URL and falls back to page 1", () => {
    expect(parsePageNumber("3")).toBe(3);
    expect(parsePageNumber(["4", "5"])).toBe(4);
    for (const bad of [undefined, "", "0", "-2", "2.5", "abc", "1e3", "99999999"]) expect(parsePageNumber(bad)).toBe(1);
  });

  it("counts pages of 50 rows and keeps a requested page within them", () => {
    expect(pageSize).toBe(50);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(1500)).toBe(30);
    expect(clampPage(31, 1500)).toBe(30);
    expect(clampPage(7, 0)).toBe(1);
  });

  it("says which rows a page shows", () => {
    expect(pageRange(2, 1500)).toEqual({ first: 51, last: 100 });
    expect(pageRange(30, 1499)).toEqual({ first: 1451, last: 1499 });
    expect(rangeText(2, 1500, noun)).toBe("Viser 51–100 af 1.500 projekter");
    expect(rangeText(1, 1, noun)).toBe("Viser 1 af 1 projekt");
    expect(rangeText(1, 0, noun)).toBe("Ingen projekter");
  });

  it("shows the first, last, current and neighbouring pages with gaps", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 5)).toEqual([1, 2, null, 5]);
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageLinks(15, 30)).toEqual([1, null, 14, 15, 16, null, 30]);
    expect(pageLinks(30, 30)).toEqual([1, null, 29, 30]);
  });
});
