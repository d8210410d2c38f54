import { describe, expect, it } from "vitest";
import { chartFrame } from "@/components/benefits/benefit-chart-frame";
import { benefitChartLayout } from "@/components/benefits/benefit-chart-layout";
import type { BenefitPath } from "@/lib/domain/benefit-assessment";

const path: BenefitPath = { direction: "down", baselineValue: 1800, baselineDate: "2026-03-23", targetValue: 1150, targetDate: "2028-08-23" };
const { width, height, margin } = chartFrame;
const points = (list: string) => list.split(" ").map((pair) => pair.split(",").map(Number));

describe("benefit chart layout", () => {
  it("keeps every mark inside the plot", () => {
    const layout = benefitChartLayout(path, [{ date: "2026-09-01", value: 1700 }], 0.1, "2026-12-01");
    const xs = [...layout.xTicks.map(([x]) => x), layout.today, ...layout.dots.map(([x]) => x), ...points(layout.band).map(([x]) => x)];
    const ys = [...layout.yTicks.map(([y]) => y), layout.baseline, ...layout.dots.map(([, y]) => y), ...points(layout.line).map(([, y]) => y)];
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(margin.left);
      expect(x).toBeLessThanOrEqual(width - margin.right);
    }
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(margin.top);
      expect(y).toBeLessThanOrEqual(height - margin.bottom);
    }
  });

  it("draws no axis and no band below zero for a measure that starts at zero", () => {
    const hours: BenefitPath = { direction: "up", baselineValue: 0, baselineDate: "2026-01-01", targetValue: 80, targetDate: "2027-01-01" };
    const layout = benefitChartLayout(hours, [{ date: "2026-06-01", value: 30 }], 0.1, "2026-12-01");
    expect(layout.yTicks.map(([, label]) => label)[0]).toBe("0");
    expect(layout.yTicks.every(([, label]) => !label.startsWith("-") && !label.startsWith("−"))).toBe(true);
    for (const [, y] of points(layout.band)) expect(y).toBeLessThanOrEqual(height - margin.bottom);
    const below: BenefitPath = { ...hours, baselineValue: -5 };
    expect(benefitChartLayout(below, [], 0.1, "2026-12-01").yTicks.some(([, label]) => /^[-−]/.test(label))).toBe(true);
  });

  it("labels the ticks in Danish and draws the path from the baseline down to the target", () => {
    const layout = benefitChartLayout(path, [], 0.1, "2026-12-01");
    expect(layout.yTicks.map(([, label]) => label)).toContain("1.400");
    expect(layout.xTicks.map(([, label]) => label)).toContain("jan. 27");
    const line = points(layout.line);
    expect(line[0][1]).toBe(layout.baseline);
    expect(line[line.length - 1][1]).toBeGreaterThan(layout.baseline);
    expect(layout.dots).toEqual([]);
  });

  it("gives each measurement a dot at its date and value", () => {
    const layout = benefitChartLayout(path, [{ date: "2026-06-01", value: 1800 }, { date: "2027-06-01", value: 1500 }], 0.1, "2027-07-01");
    expect(layout.dots).toHaveLength(2);
    expect(layout.dots[0][0]).toBeLessThan(layout.dots[1][0]);
    expect(layout.dots[0][1]).toBe(layout.baseline);
    expect(layout.dots[1][1]).toBeGreaterThan(layout.dots[0][1]);
  });
});
