import "server-only";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { listExportBenefits, listExportStatusHistory } from "@/lib/queries/portfolio-export";
import { listProjects } from "@/lib/queries/projects";
import { authorize, type ActingUser } from "@/lib/services/guard";
import { portfolioQuery, type PortfolioFilter } from "@/lib/validation/portfolio";
import { toCsv } from "./csv";
import { exportFilename, portfolioColumns, portfolioHeaders, portfolioRows } from "./portfolio";
import { portfolioBenefitColumns } from "./portfolio-benefit-columns";
import { portfolioHistoryColumns } from "./portfolio-history-columns";
import { inProjectOrder, sheetOf } from "./sheet-columns";
import { toXlsx } from "./xlsx";

export type ExportFormat = "csv" | "xlsx";

export type ExportFile = { body: Uint8Array | string; contentType: string; filename: string; rowCount: number };

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The names of the portfolio workbook's sheets, in order. */
export const portfolioSheetNames = { projects: "Projekter", benefits: "Gevinster", history: "Statushistorik" } as const;

/** The projects, their benefits and their status history under one filter, read from one snapshot of the database. */
function readPortfolioWorkbook(filter: PortfolioFilter) {
  return getDb().transaction(() => {
    const projects = listProjects(filter);
    const ids = projects.map((project) => project.id);
    return {
      projects,
      benefits: inProjectOrder(ids, listExportBenefits(filter)),
      history: inProjectOrder(ids, listExportStatusHistory(filter)),
    };
  });
}

async function portfolioBody(filter: PortfolioFilter, format: ExportFormat): Promise<{ body: Uint8Array | string; rowCount: number }> {
  if (format === "csv") {
    const rows = portfolioRows(listProjects(filter));
    return { body: toCsv(portfolioHeaders, rows), rowCount: rows.length };
  }
  const { projects, benefits, history } = readPortfolioWorkbook(filter);
  const body = await toXlsx([
    sheetOf(portfolioSheetNames.projects, portfolioColumns, projects),
    sheetOf(portfolioSheetNames.benefits, portfolioBenefitColumns, benefits),
    sheetOf(portfolioSheetNames.history, portfolioHistoryColumns, history),
  ]);
  return { body, rowCount: projects.length };
}

/**
 * The filtered portfolio register as a file, with an audit event saying who took what. The Excel workbook adds the
 * projects' benefits and status history on sheets of their own.
 */
export async function exportPortfolio(actor: ActingUser, filter: PortfolioFilter, format: ExportFormat, ip: string | null, now = new Date()): Promise<ExportFile> {
  authorize(actor, "portfolio.read", undefined, { action: "portfolio.export", objectType: "portfolio" });
  const { body, rowCount } = await portfolioBody(filter, format);
  getDb().transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "portfolio.export",
      objectType: "portfolio",
      changes: { format, filter: portfolioQuery(filter), rows: rowCount },
      ip,
    }),
  );
  return { body, contentType: contentTypes[format], filename: exportFilename(format, now), rowCount };
}
