import "server-only";
import { and, asc, count, desc, eq, gte, isNotNull, lt, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { auditEvents, users } from "@/db/schema";
import { auditChanges, auditEntityHref, auditEntityLabel, describeAuditAction, parseAuditChanges, type AuditChange } from "@/lib/domain/audit-descriptions";
import type { AuditFilter } from "@/lib/validation/account";
import { clampedOffset, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV export holds; a longer period is exported in parts. */
export const AUDIT_EXPORT_LIMIT = 50_000;

export type AuditLogRow = {
  id: number;
  occurredAt: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  description: string;
  outcome: string;
  entityLabel: string;
  objectId: string | null;
  href: string | null;
  changes: AuditChange[];
  ip: string | null;
};

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The filter as SQL; the period's days are whole UTC days, `to` included. */
function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.actorId) parts.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) parts.push(eq(auditEvents.action, filter.action));
  if (filter.objectType) parts.push(eq(auditEvents.objectType, filter.objectType));
  if (filter.from) parts.push(gte(auditEvents.occurredAt, `${filter.from}T00:00:00.000Z`));
  if (filter.to) parts.push(lt(auditEvents.occurredAt, `${nextDay(filter.to)}T00:00:00.000Z`));
  return parts.length ? and(...parts) : undefined;
}

function selectRows(db: DbOrTx, filter: AuditFilter, limit: number, offset: number) {
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorName: users.name,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      outcome: auditEvents.outcome,
      changes: auditEvents.changes,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(conditions(filter))
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((row): AuditLogRow => {
      const changes = parseAuditChanges(row.changes);
      return {
        id: row.id,
        occurredAt: row.occurredAt,
        actorName: row.actorName,
        actorRole: row.actorRole,
        action: row.action,
        description: describeAuditAction(row.action, row.outcome),
        outcome: row.outcome,
        entityLabel: auditEntityLabel(row.objectType),
        objectId: row.objectId,
        href: auditEntityHref(row.objectType, row.objectId, changes),
        changes: auditChanges(changes, row.action),
        ip: row.ip,
      };
    });
}

export function countAuditEvents(filter: AuditFilter, db: DbOrTx = getDb()): number {
  return db.select({ n: count() }).from(auditEvents).where(conditions(filter)).get()?.n ?? 0;
}

/** One page of the audit trail, newest first, filtered and paginated in SQL. */
export function listAuditEvents(filter: AuditFilter, request: PageRequest, db: DbOrTx = getDb()): Paged<AuditLogRow> {
  const total = countAuditEvents(filter, db);
  return { rows: selectRows(db, filter, request.limit, clampedOffset(request, total)), info: pageInfo(request, total) };
}

/** The filtered trail for the CSV export, newest first, at most AUDIT_EXPORT_LIMIT rows. */
export function auditEventsForExport(filter: AuditFilter, db: DbOrTx = getDb()): AuditLogRow[] {
  return selectRows(db, filter, AUDIT_EXPORT_LIMIT, 0);
}

export type AuditFilterOptions = {
  actions: string[];
  objectTypes: string[];
};

/** The choices of the filter form: the actions and entity types the trail holds (a person is searched for). */
export function auditFilterOptions(db: DbOrTx = getDb()): AuditFilterOptions {
  const actions = db.selectDistinct({ action: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.action)).all();
  const objectTypes = db
    .selectDistinct({ objectType: auditEvents.objectType })
    .from(auditEvents)
    .where(isNotNull(auditEvents.objectType))
    .orderBy(asc(auditEvents.objectType))
    .all();
  return { actions: actions.map((row) => row.action), objectTypes: objectTypes.map((row) => row.objectType ?? "") };
}
