/** A risk's level from its score (probability × consequence, 1–25): 15–25 high, 8–14 medium, 1–7 low. */
export type RiskLevel = "high" | "medium" | "low";

/** The lowest score of a high risk: the heatmap's red cells, and the risks the inbox asks an action for. */
export const HIGH_RISK_SCORE = 15;
const MEDIUM_RISK_SCORE = 8;

export function riskLevel(score: number): RiskLevel {
  if (score >= HIGH_RISK_SCORE) return "high";
  if (score >= MEDIUM_RISK_SCORE) return "medium";
  return "low";
}

export const riskLevelLabels: Record<RiskLevel, { label: string; range: string }> = {
  high: { label: "Høj", range: `score ${HIGH_RISK_SCORE}–25` },
  medium: { label: "Middel", range: `score ${MEDIUM_RISK_SCORE}–${HIGH_RISK_SCORE - 1}` },
  low: { label: "Lav", range: `score 1–${MEDIUM_RISK_SCORE - 1}` },
};
