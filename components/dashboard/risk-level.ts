import { riskLevel, riskLevelLabels, type RiskLevel } from "@/lib/domain/risk-level";

export { riskLevel, type RiskLevel };

/** A level's words and its colours (the `risk-*` classes in globals.css), for the heatmap, its legend and the score pills. */
export const riskLevelStyles: Record<RiskLevel, { label: string; range: string; cell: string }> = {
  high: { ...riskLevelLabels.high, cell: "risk-high" },
  medium: { ...riskLevelLabels.medium, cell: "risk-medium" },
  low: { ...riskLevelLabels.low, cell: "risk-low" },
};
