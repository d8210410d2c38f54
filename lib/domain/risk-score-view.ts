/**
 * The risk heatmap shows each open risk either by its score before action (probability × consequence as
 * registered) or after action (the residual probability and consequence the owner expects once the action works).
 */
export const riskScoreViews = ["before", "after"] as const;
export type RiskScoreView = (typeof riskScoreViews)[number];

/** The URL parameter and its value for the after-action view (`?risikoscore=efter`); anything else means before. */
export const riskScoreViewParam = "risikoscore";
export const afterActionValue = "efter";

export function parseRiskScoreView(value: string | string[] | undefined): RiskScoreView {
  const first = Array.isArray(value) ? value[0] : value;
  return first === afterActionValue ? "after" : "before";
}

export type RiskScores = {
  probability: number;
  consequence: number;
  residualProbability: number | null;
  residualConsequence: number | null;
};

/**
 * Where a risk sits in the heatmap in a view. After action it uses the residual pair when both are given;
 * a risk with no (or half a) residual assessment stays where it was before action, as nothing says the action lowers it.
 */
export function heatmapPosition(risk: RiskScores, view: RiskScoreView): { probability: number; consequence: number } {
  if (view === "after" && risk.residualProbability !== null && risk.residualConsequence !== null) {
    return { probability: risk.residualProbability, consequence: risk.residualConsequence };
  }
  return { probability: risk.probability, consequence: risk.consequence };
}

export const riskScoreViewLabels: Record<RiskScoreView, string> = {
  before: "Før handling",
  after: "Efter handling",
};
