import { dimensionLabels, lightLabels } from "@/lib/domain/labels";
import type { ExportStatusReport } from "@/lib/queries/portfolio-export";
import type { SheetColumn } from "./sheet-columns";

/** The portfolio workbook's status history: the published reports of the exported projects, newest first per project. */
export const portfolioHistoryColumns: readonly SheetColumn<ExportStatusReport>[] = [
  { header: "Nr.", kind: "text", width: 14, value: (r) => r.projectCode },
  { header: "Titel", kind: "text", width: 44, value: (r) => r.projectTitle },
  { header: "Dato", kind: "date", width: 12, value: (r) => r.reportDate },
  { header: dimensionLabels.overall, kind: "text", width: 10, value: (r) => lightLabels[r.overallLight] },
  { header: dimensionLabels.time, kind: "text", width: 10, value: (r) => lightLabels[r.timeLight] },
  { header: dimensionLabels.economy, kind: "text", width: 10, value: (r) => lightLabels[r.economyLight] },
  { header: dimensionLabels.delivery, kind: "text", width: 18, value: (r) => lightLabels[r.deliveryLight] },
  { header: dimensionLabels.risk, kind: "text", width: 10, value: (r) => lightLabels[r.riskLight] },
  { header: dimensionLabels.benefits, kind: "text", width: 10, value: (r) => lightLabels[r.benefitsLight] },
  { header: "Kommentar", kind: "text", width: 60, value: (r) => r.overallComment },
];
