import { describe, expect, it } from "vitest";
import { HIGH_RISK_SCORE, riskLevel, riskLevelLabels } from "@/lib/domain/risk-level";

describe("a risk's level", () => {
  it("bands scores into low (1–7), medium (8–14) and high (15–25)", () => {
    expect([1, 7, 8, 14, 15, 25].map(riskLevel)).toEqual(["low", "low", "medium", "medium", "high", "high"]);
    expect(riskLevel(HIGH_RISK_SCORE)).toBe("high");
    expect(riskLevel(HIGH_RISK_SCORE - 1)).toBe("medium");
  });

  it("names each level with its range in Danish", () => {
    expect(riskLevelLabels).toEqual({
      high: { label: "Høj", range: "score 15–25" },
      medium: { label: "Middel", range: "score 8–14" },
      low: { label: "Lav", range: "score 1–7" },
    });
  });
});
