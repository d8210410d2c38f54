import "server-only";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { assessmentLabels, benefitStatusLabels, benefitTypeLabels } from "@/lib/domain/labels";
import { listPortfolioBenefits } from "@/lib/queries/benefit-portfolio";
import { authorize, type ActingUser } from "@/lib/services/guard";
import { readSettings } from "@/lib/settings";
import { portfolioQuery, type PortfolioFilter } from "@/lib/validation/portfolio";
import { toCsv } from "./csv";
import { toXlsx, type XlsxColumn } from "./xlsx";

export const benefitHeaders = [
  "Projekt",
  "Projekttitel",
  "Gevinst",
  "Type",
  "Status",
  "Afdeling",
  "Indikator",
  "Vurdering",
  "Målopfyldelse (%)",
  "Seneste måling",
  "Forfalden",
  "Årlig værdi (kr.)",
  "Realiseret til dato (kr.)",
  "Budgethjemtagning (kr.)",
  "Budgetår",
  "Hjemtagning bekræftet",
] as const;

const benefitColumns: XlsxColumn[] = benefitHeaders.map((header) => ({
  header,
  kind: header.includes("(kr.)") || header.includes("(%)") || header === "Budgetår" ? "number" : header === "Seneste måling" ? "date" : "text",
}));

type ExportFormat = "csv" | "xlsx";

/** The filtered benefit list as CSV or Excel, audited like every export. */
export async function exportBenefits(actor: ActingUser, filter: PortfolioFilter, format: ExportFormat, ip: string | null, now = new Date()) {
  authorize(actor, "portfolio.read", undefined, { action: "benefits.export", objectType: "benefits" });
  const benefits = listPortfolioBenefits(filter, readSettings().benefitTolerance, now);
  const rows = benefits.map((b) => [
    b.projectCode,
    b.projectTitle,
    b.title,
    benefitTypeLabels[b.type],
    benefitStatusLabels[b.status],
    b.departmentName,
    b.indicator,
    b.verdict.assessment ? assessmentLabels[b.verdict.assessment] : "Ikke målt",
    b.verdict.achievementPercent == null ? null : Math.round(b.verdict.achievementPercent),
    b.lastMeasuredOn,
    b.overdue ? "Ja" : "Nej",
    b.annualValueKr,
    b.realisedKr,
    b.budgetTakeoutKr,
    b.budgetTakeoutYear,
    b.budgetTakeoutKr == null ? null : b.budgetTakeoutConfirmed ? "Ja" : "Nej",
  ]);
  const body =
    format === "csv"
      ? toCsv(benefitHeaders, rows)
      : await toXlsx([{ name: "Gevinster", columns: benefitColumns, rows }]);
  getDb().transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "benefits.export",
      objectType: "benefits",
      changes: { format, filter: portfolioQuery(filter), rows: rows.length },
      ip,
    }),
  );
  const stamp = now.toISOString().slice(0, 10);
  return {
    body,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `gevinster-${stamp}.${format}`,
  };
}
