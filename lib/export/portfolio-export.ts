import "server-only";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { listProjects } from "@/lib/queries/projects";
import { authorize, type ActingUser } from "@/lib/services/guard";
import { portfolioQuery, type PortfolioFilter } from "@/lib/validation/portfolio";
import { toCsv } from "./csv";
import { exportFilename, portfolioColumns, portfolioHeaders, portfolioRows } from "./portfolio";
import { toXlsx } from "./xlsx";

export type ExportFormat = "csv" | "xlsx";

export type ExportFile = { body: Uint8Array | string; contentType: string; filename: string; rowCount: number };

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The filtered portfolio register as a file, with an audit event saying who took what. */
export function exportPortfolio(actor: ActingUser, filter: PortfolioFilter, format: ExportFormat, ip: string | null, now = new Date()): ExportFile {
  authorize(actor, "portfolio.read", undefined, { action: "portfolio.export", objectType: "portfolio" });
  const projects = listProjects(filter);
  const rows = portfolioRows(projects);
  const body =
    format === "csv"
      ? toCsv(portfolioHeaders, rows)
      : toXlsx({ name: "Portefølje", columns: portfolioColumns, rows });
  getDb().transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "portfolio.export",
      objectType: "portfolio",
      changes: { format, filter: portfolioQuery(filter), rows: rows.length },
      ip,
    }),
  );
  return { body, contentType: contentTypes[format], filename: exportFilename(format, now), rowCount: rows.length };
}
