import { lightLabels, phaseLabels, purposeLabels } from "@/lib/domain/labels";
import type { ProjectListItem } from "@/lib/queries/projects";
import { headersOf, rowsOf, type SheetColumn } from "./sheet-columns";
import type { XlsxValue } from "./xlsx";

/** The columns of a portfolio export, in order, with their Danish headers. */
export const portfolioColumns: readonly SheetColumn<ProjectListItem>[] = [
  { header: "Nr.", kind: "text", width: 14, value: (p) => p.code },
  { header: "Titel", kind: "text", width: 44, value: (p) => p.title },
  { header: "Afdeling", kind: "text", width: 28, value: (p) => p.departmentName },
  { header: "Fase", kind: "text", width: 18, value: (p) => phaseLabels[p.phase] },
  { header: "Formål", kind: "text", width: 18, value: (p) => purposeLabels[p.purpose] },
  { header: "Status", kind: "text", width: 12, value: (p) => (p.overallLight ? lightLabels[p.overallLight] : "Ingen status") },
  { header: "Projektejer", kind: "text", width: 24, value: (p) => p.ownerName },
  { header: "Projektleder", kind: "text", width: 24, value: (p) => p.leadName },
  { header: "Godkendt budget", kind: "number", width: 16, value: (p) => p.approvedBudgetKr },
  { header: "Forbrugt", kind: "number", width: 16, value: (p) => p.spentKr },
  { header: "Planlagt slut", kind: "date", width: 14, value: (p) => p.baselineEnd },
  { header: "Forventet slut", kind: "date", width: 14, value: (p) => p.forecastEnd },
];

export const portfolioHeaders = headersOf(portfolioColumns);

export function portfolioRows(projects: readonly ProjectListItem[]): XlsxValue[][] {
  return rowsOf(portfolioColumns, projects);
}

/** `portefolje-2026-11-27.csv`, dated in Copenhagen time. */
export function exportFilename(format: "csv" | "xlsx", now: Date): string {
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(now);
  return `portefolje-${day}.${format}`;
}
