export type RiskLevel = "high" | "medium" | "low";

/** Score = probability × consequence: 15–25 high, 8–14 medium, 1–7 low. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 15) return "high";
  if (score >= 8) return "medium";
  return "low";
}

export const riskLevelStyles: Record<RiskLevel, { label: string; range: string; cell: string }> = {
  high: { label: "Høj", range: "score 15–25", cell: "bg-red-200 text-red-950" },
  medium: { label: "Middel", range: "score 8–14", cell: "bg-amber-100 text-amber-950" },
  low: { label: "Lav", range: "score 1–7", cell: "bg-green-100 text-green-950" },
};
