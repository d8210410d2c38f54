import "server-only";
import { getDb } from "@/db";
import { auditChainReportSinceLastWalk, recordAudit, type ChainReport } from "@/lib/audit";
import { auditEventsForExport, listAuditEvents, type AuditLogRow } from "@/lib/queries/audit-log";
import { toCsv } from "@/lib/export/csv";
import { formatDateTime } from "@/lib/format";
import { roleLabels } from "@/lib/domain/labels";
import type { Paged, PageRequest } from "@/lib/validation/pagination";
import type { AuditFilter } from "@/lib/validation/account";
import { authorize, type ActingUser } from "./guard";

/** The filter as the audit trail records it: only the parts that were set. */
function filterChanges(filter: AuditFilter): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null));
}

export type AuditLogView = Paged<AuditLogRow> & { chain: ChainReport };

/**
 * Reads one page of the audit trail and the chain's state for an administrator; the reading is itself recorded,
 * after the chain was verified so that the page shows the chain as it was found.
 */
export function readAuditLog(actor: ActingUser, filter: AuditFilter, request: PageRequest, ip: string | null = null): AuditLogView {
  authorize(actor, "admin.manage", undefined, { action: "audit.read", objectType: "audit_log" });
  const db = getDb();
  return db.transaction((tx) => {
    const chain = auditChainReportSinceLastWalk(tx);
    const page = listAuditEvents(filter, request, tx);
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "audit.read",
      objectType: "audit_log",
      changes: { ...filterChanges(filter), page: page.info.page },
      ip,
    });
    return { ...page, chain };
  });
}

export const auditCsvHeaders = ["Tidspunkt", "Person", "Rolle", "Hændelse", "Handling", "Udfald", "Type", "Objekt", "Ændringer", "Adresse"] as const;

const outcomeLabels: Record<string, string> = { success: "Udført", failure: "Mislykket", denied: "Afvist" };

export function auditCsvRow(row: AuditLogRow): string[] {
  return [
    formatDateTime(row.occurredAt),
    row.actorName ?? "System",
    row.actorRole ? (roleLabels[row.actorRole as keyof typeof roleLabels] ?? row.actorRole) : "",
    row.description,
    row.action,
    outcomeLabels[row.outcome] ?? row.outcome,
    row.entityLabel,
    row.objectId ?? "",
    row.changes.map((change) => (change.from === null ? `${change.label}: ${change.to}` : `${change.label}: ${change.from} → ${change.to}`)).join("; "),
    row.ip ?? "",
  ];
}

/** Eksportér CSV: the filtered view as a CSV file for an administrator; the export is recorded. */
export function exportAuditLog(actor: ActingUser, filter: AuditFilter, ip: string | null = null): { filename: string; body: string; rows: number } {
  authorize(actor, "admin.manage", undefined, { action: "audit.export", objectType: "audit_log" });
  return getDb().transaction((tx) => {
    const rows = auditEventsForExport(filter, tx);
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "audit.export", objectType: "audit_log", changes: { ...filterChanges(filter), rows: rows.length }, ip });
    const day = new Date().toISOString().slice(0, 10);
    return { filename: `revisionslog-${day}.csv`, body: toCsv(auditCsvHeaders, rows.map(auditCsvRow)), rows: rows.length };
  });
}
