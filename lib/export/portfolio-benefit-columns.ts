import { benefitDirectionLabels, benefitTypeLabels } from "@/lib/domain/labels";
import type { ExportBenefit } from "@/lib/queries/portfolio-export";
import type { SheetColumn } from "./sheet-columns";

/** The portfolio workbook's sheet of benefits: one row per benefit of the exported projects. */
export const portfolioBenefitColumns: readonly SheetColumn<ExportBenefit>[] = [
  { header: "Nr.", kind: "text", width: 14, value: (b) => b.projectCode },
  { header: "Gevinst", kind: "text", width: 44, value: (b) => b.title },
  { header: "Type", kind: "text", width: 26, value: (b) => benefitTypeLabels[b.type] },
  { header: "Gevinstejer", kind: "text", width: 24, value: (b) => b.ownerName },
  { header: "Indikator", kind: "text", width: 36, value: (b) => b.indicator },
  { header: "Enhed", kind: "text", width: 14, value: (b) => b.unit },
  { header: "Baseline", kind: "decimal", width: 12, value: (b) => b.baselineValue },
  { header: "Baselinedato", kind: "date", width: 14, value: (b) => b.baselineDate },
  { header: "Mål", kind: "decimal", width: 12, value: (b) => b.targetValue },
  { header: "Måldato", kind: "date", width: 14, value: (b) => b.targetDate },
  { header: "Årlig værdi (kr.)", kind: "number", width: 18, value: (b) => b.annualValueKr },
  // Last, so that sheets and formulas made on the earlier columns keep their positions.
  { header: "Retning", kind: "text", width: 16, value: (b) => benefitDirectionLabels[b.direction] },
];
