export type RiskLevel = "high" | "medium" | "low";

/** Score = probability × consequence: 15–25 high, 8–14 medium, 1–7 low. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 15) return "high";
  if (score >= 8) return "medium";
  return "low";
}

export const riskLevelStyles: Record<RiskLevel, { label: string; range: string; cell: string }> = {
  high: { label: "Høj", range: "score 15–25", cell: "risk-high" },
  medium: { label: "Middel", range: "score 8–14", cell: "risk-medium" },
  low: { label: "Lav", range: "score 1–7", cell: "risk-low" },
};
