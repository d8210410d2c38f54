import { describe, expect, it } from "vitest";
import { heatmapPosition, parseRiskScoreView } from "@/lib/domain/risk-score-view";

describe("risk heatmap score view", () => {
  it("reads ?risikoscore=efter as after action and anything else as before", () => {
    expect(parseRiskScoreView("efter")).toBe("after");
    expect(parseRiskScoreView(["efter", "før"])).toBe("after");
    expect(parseRiskScoreView(undefined)).toBe("before");
    expect(parseRiskScoreView("after")).toBe("before");
  });

  it("places a risk by its residual scores after action and by its registered scores before", () => {
    const risk = { probability: 4, consequence: 5, residualProbability: 2, residualConsequence: 3 };
    expect(heatmapPosition(risk, "before")).toEqual({ probability: 4, consequence: 5 });
    expect(heatmapPosition(risk, "after")).toEqual({ probability: 2, consequence: 3 });
  });

  it("keeps a risk without a full residual assessment where it was before action", () => {
    expect(heatmapPosition({ probability: 4, consequence: 5, residualProbability: null, residualConsequence: null }, "after")).toEqual({ probability: 4, consequence: 5 });
    expect(heatmapPosition({ probability: 4, consequence: 5, residualProbability: 1, residualConsequence: null }, "after")).toEqual({ probability: 4, consequence: 5 });
  });
});
