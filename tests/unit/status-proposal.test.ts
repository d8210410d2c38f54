import { describe, expect, it } from "vitest";
import { addMonths, wholeMonthsBetween } from "@/lib/domain/dates";
import { defaultSettings } from "@/lib/domain/settings";
import { proposeBenefits, proposeEconomy, proposeOverall, proposeStatus, proposeTime, worstLight } from "@/lib/domain/status-proposal";

const thresholds = defaultSettings;
const end = "2026-03-31";

describe("calendar months", () => {
  it("clamps to the month's last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-31", 3)).toBe("2026-06-30");
    expect(wholeMonthsBetween("2026-01-15", "2026-03-14")).toBe(1);
    expect(wholeMonthsBetween("2026-01-15", "2026-03-15")).toBe(2);
  });
});

describe("tid", () => {
  it("is green on or before the baseline end", () => {
    expect(proposeTime(end, "2026-03-01", thresholds)?.light).toBe("green");
    expect(proposeTime(end, end, thresholds)?.light).toBe("green");
  });
  it("is green under one month late", () => {
    expect(proposeTime(end, "2026-04-29", thresholds)).toEqual({ light: "green", explanation: "29 dage forsinket, under én måned" });
  });
  it("is yellow at exactly one month late", () => {
    expect(proposeTime(end, "2026-04-30", thresholds)).toEqual({ light: "yellow", explanation: "1 måned forsinket" });
  });
  it("is yellow at two months", () => {
    expect(proposeTime(end, "2026-05-31", thresholds)).toEqual({ light: "yellow", explanation: "2 måneder forsinket" });
  });
  it("is yellow at exactly three months late", () => {
    expect(proposeTime(end, "2026-06-30", thresholds)).toEqual({ light: "yellow", explanation: "3 måneder forsinket" });
  });
  it("is red one day past three months", () => {
    expect(proposeTime(end, "2026-07-01", thresholds)).toEqual({ light: "red", explanation: "3 måneder forsinket" });
  });
  it("proposes nothing without dates", () => {
    expect(proposeTime(null, end, thresholds)).toBeNull();
    expect(proposeTime(end, null, thresholds)).toBeNull();
  });
});

describe("økonomi", () => {
  it("is green within budget", () => {
    expect(proposeEconomy(1_000_000, 1_000_000, thresholds)?.light).toBe("green");
    expect(proposeEconomy(0, 0, thresholds)?.light).toBe("green");
  });
  it("is yellow for any overrun up to and including 10 %", () => {
    expect(proposeEconomy(1_000_000, 1_000_001, thresholds)?.light).toBe("yellow");
    expect(proposeEconomy(1_000_000, 1_100_000, thresholds)).toEqual({ light: "yellow", explanation: "10 % over budget (100.000 kr.)" });
  });
  it("is red above 10 %", () => {
    expect(proposeEconomy(1_000_000, 1_100_001, thresholds)?.light).toBe("red");
  });
  it("is red above 6 mio. kr. even under 10 %", () => {
    expect(proposeEconomy(100_000_000, 106_000_000, thresholds)?.light).toBe("yellow");
    expect(proposeEconomy(100_000_000, 106_000_001, thresholds)?.light).toBe("red");
  });
  it("is red for spending without a budget", () => {
    expect(proposeEconomy(0, 1, thresholds)?.light).toBe("red");
  });
});

describe("gevinster and overall", () => {
  it("takes the worst benefit assessment", () => {
    expect(proposeBenefits([])).toBeNull();
    expect(proposeBenefits(["on_track"])?.light).toBe("green");
    expect(proposeBenefits(["on_track", "watch"])?.light).toBe("yellow");
    expect(proposeBenefits(["watch", "off_track"])?.light).toBe("red");
  });

  it("proposes the overall light as the worst proposed dimension", () => {
    const proposals = proposeStatus(
      { baselineEnd: end, forecastEnd: "2026-05-31", approvedBudgetKr: 1_000_000, spentKr: 500_000, benefitAssessments: [] },
      thresholds,
    );
    expect(proposals.time?.light).toBe("yellow");
    expect(proposals.economy?.light).toBe("green");
    expect(proposals.benefits).toBeNull();
    expect(proposals.delivery).toBeNull();
    expect(proposals.overall?.light).toBe("yellow");
  });

  it("worstLight ignores missing lights", () => {
    expect(worstLight([null, "green", undefined])).toBe("green");
    expect(worstLight([null])).toBeNull();
    expect(worstLight(["yellow", "red", "green"])).toBe("red");
  });
});

describe("proposeOverall", () => {
  it("is the worst of the lights as chosen, leaving out those not chosen yet, and nothing before any is chosen", () => {
    expect(proposeOverall(["green", "yellow", null, undefined, "green"])).toEqual({ light: "yellow", explanation: "Den dårligste af dimensionerne" });
    expect(proposeOverall(["green", "green", "red", "green", "yellow"])?.light).toBe("red");
    expect(proposeOverall([null, undefined])).toBeNull();
  });
});
