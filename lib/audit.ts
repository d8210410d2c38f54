import { createHash } from "node:crypto";
import { asc, desc } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { auditEvents } from "@/db/schema";

export const GENESIS_HASH = "0".repeat(64);

export type AuditInput = {
  actorId?: number | null;
  actorRole?: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | number | null;
  outcome?: "success" | "failure" | "denied";
  changes?: Record<string, unknown> | null;
  ip?: string | null;
};

type HashedFields = {
  occurredAt: string;
  actorId: number | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  changes: string | null;
  ip: string | null;
};

/** SHA-256 over the previous hash and the event's fields in a fixed order. */
export function hashAuditEvent(prevHash: string, event: HashedFields): string {
  const canonical = JSON.stringify([
    prevHash,
    event.occurredAt,
    event.actorId,
    event.actorRole,
    event.action,
    event.objectType,
    event.objectId,
    event.outcome,
    event.changes,
    event.ip,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** Appends one event to the chain. Call inside the transaction of the change it records. */
export function recordAudit(db: DbOrTx, input: AuditInput): void {
  const last = db.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: HashedFields = {
    occurredAt: new Date().toISOString(),
    actorId: input.actorId ?? null,
    actorRole: input.actorRole ?? null,
    action: input.action,
    objectType: input.objectType ?? null,
    objectId: input.objectId == null ? null : String(input.objectId),
    outcome: input.outcome ?? "success",
    changes: input.changes ? JSON.stringify(input.changes) : null,
    ip: input.ip ?? null,
  };
  db.insert(auditEvents)
    .values({ ...fields, outcome: fields.outcome as "success", prevHash, hash: hashAuditEvent(prevHash, fields) })
    .run();
}

export type ChainVerdict = { ok: true; count: number } | { ok: false; brokenAtId: number };

/** Walks the whole chain and reports the first event whose hash does not match. */
export function verifyAuditChain(db: DbOrTx): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let count = 0;
  const rows = db.select().from(auditEvents).orderBy(asc(auditEvents.id)).all();
  for (const row of rows) {
    if (row.prevHash !== prevHash || hashAuditEvent(prevHash, row) !== row.hash) {
      return { ok: false, brokenAtId: row.id };
    }
    prevHash = row.hash;
    count += 1;
  }
  return { ok: true, count };
}
