import { describe, expect, it } from "vitest";
import { deviationText, roadmapLayout, ROADMAP } from "@/components/charts/roadmap-layout";
import { scopeLabel } from "@/components/dashboard/scope-label";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";

describe("roadmap deviation text", () => {
  it("says how late or early the forecast is", () => {
    expect(deviationText("2026-06-30", "2026-06-30")).toBe("Til tiden");
    expect(deviationText("2026-06-30", "2026-07-01")).toBe("+1 dag");
    expect(deviationText("2026-06-30", "2026-07-20")).toBe("+20 dage");
    expect(deviationText("2026-06-30", "2026-09-30")).toBe("+3 mdr.");
    expect(deviationText("2026-06-30", "2026-06-20")).toBe("10 dage før");
    expect(deviationText("2026-06-30", "2026-03-30")).toBe("3 mdr. før");
    expect(deviationText("2026-06-30", null)).toBe("Ingen prognose");
  });
});

describe("roadmap layout", () => {
  const items = [
    { key: "A", start: "2026-01-01", end: "2026-12-31", forecastEnd: "2027-03-31" },
    { key: "B", start: "2026-03-01", end: "2026-09-30", forecastEnd: "2026-08-31" },
    { key: "C", start: "2026-02-01", end: "2026-06-30", forecastEnd: null },
  ];

  it("places every bar inside the plot, in order, one row each", () => {
    const geometry = roadmapLayout(items, "2026-11-27");
    expect(geometry.rows.map((row) => row.key)).toEqual(["A", "B", "C"]);
    for (const row of geometry.rows) {
      expect(row.baseline.x).toBeGreaterThanOrEqual(geometry.plot.left);
      expect(row.baseline.x + row.baseline.width).toBeLessThanOrEqual(geometry.plot.right + 0.001);
    }
    expect(geometry.rows[1].y - geometry.rows[0].y).toBe(ROADMAP.row);
    expect(geometry.height).toBeGreaterThan(geometry.plot.bottom);
  });

  it("draws a delay only where the forecast is later than the baseline end", () => {
    const [a, b, c] = roadmapLayout(items, "2026-11-27").rows;
    expect(a.delay).not.toBeNull();
    expect(a.delay!.x).toBeCloseTo(a.baseline.x + a.baseline.width);
    expect(a.forecastX).toBeCloseTo(a.delay!.x + a.delay!.width);
    expect(a.deviation).toBe("+3 mdr.");
    expect(b.delay).toBeNull();
    expect(b.forecastX!).toBeLessThan(b.baseline.x + b.baseline.width);
    expect(c.delay).toBeNull();
    expect(c.forecastX).toBeNull();
  });

  it("shows today when it falls on the axis, with Danish month ticks", () => {
    const geometry = roadmapLayout(items, "2026-11-27");
    expect(geometry.todayX).not.toBeNull();
    expect(geometry.ticks.length).toBeGreaterThan(2);
    expect(geometry.ticks.some((tick) => /2026/.test(tick.label))).toBe(true);
    expect(roadmapLayout(items, "2030-01-01").todayX).toBeNull();
  });

  it("copes with a single day and with nothing", () => {
    expect(() => roadmapLayout([{ key: "X", start: "2026-05-01", end: "2026-05-01", forecastEnd: "2026-05-01" }], "2026-05-01")).not.toThrow();
    expect(roadmapLayout([], "2026-05-01").rows).toEqual([]);
  });
});

describe("scope label", () => {
  it("names what the status widgets cover", () => {
    expect(scopeLabel(parsePortfolioFilter({}))).toBe("aktive projekter");
    expect(scopeLabel(parsePortfolioFilter({ phase: "active" }))).toBe("aktive projekter");
    expect(scopeLabel(parsePortfolioFilter({ phase: "closed" }))).toBe("projekter i fasen Afsluttet");
  });
});
