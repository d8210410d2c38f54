import { createHmac } from "node:crypto";
import path from "node:path";
import { asc, desc, eq } from "drizzle-orm";
import { dataDirectory, type DbOrTx } from "@/db";
import { auditEvents } from "@/db/schema";
import { readOrCreateSecret, readSecret } from "@/lib/secret-file";

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

/**
 * The key that anchors the chain outside the database: `audit-key` in the data folder (mode 600),
 * generated on first use. Whoever can rewrite the database but not read this file cannot forge
 * a chain that verifies.
 */
export const auditKeyFileName = "audit-key";
const keys = new Map<string, string>();

export function ensureAuditKey(dataDir: string = dataDirectory()): string {
  const file = path.join(dataDir, auditKeyFileName);
  let key = keys.get(file);
  if (!key) {
    key = readOrCreateSecret(file);
    keys.set(file, key);
  }
  return key;
}

/** The key for verifying: never generated here, so a lost key shows as a broken chain. */
export function existingAuditKey(dataDir: string = dataDirectory()): string | null {
  return keys.get(path.join(dataDir, auditKeyFileName)) ?? readSecret(path.join(dataDir, auditKeyFileName));
}

/** HMAC-SHA256 (keyed with the audit key) over the previous hash and the event's fields in a fixed order. */
export function hashAuditEvent(key: string, prevHash: string, event: HashedFields): string {
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
  return createHmac("sha256", key).update(canonical).digest("hex");
}

/** Appends one event to the chain. Call inside the transaction of the change it records. */
export function recordAudit(db: DbOrTx, input: AuditInput): void {
  // The chain's last hash and the new row in one write transaction, so another server process's event cannot come
  // between them (a savepoint inside the caller's transaction, which holds the write lock already).
  db.transaction((tx) => appendAuditEvent(tx, input));
}

function appendAuditEvent(db: DbOrTx, input: AuditInput): void {
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
    .values({ ...fields, outcome: fields.outcome as "success", prevHash, hash: hashAuditEvent(ensureAuditKey(), prevHash, fields) })
    .run();
}

export type ChainVerdict = { ok: true; count: number } | { ok: false; brokenAtId: number };

/**
 * Walks the whole chain and reports the first event whose HMAC does not match. Without the key
 * (`existingAuditKey()` is null) any event counts as broken.
 */
export function verifyAuditChain(db: DbOrTx, key: string | null = existingAuditKey()): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let count = 0;
  const rows = db.select().from(auditEvents).orderBy(asc(auditEvents.id)).all();
  for (const row of rows) {
    if (key === null || row.prevHash !== prevHash || hashAuditEvent(key, prevHash, row) !== row.hash) {
      return { ok: false, brokenAtId: row.id };
    }
    prevHash = row.hash;
    count += 1;
  }
  return { ok: true, count };
}

export type ChainReport =
  | { ok: true; count: number }
  | { ok: false; brokenAtId: number; occurredAt: string | null; action: string | null; keyMissing: boolean };

/**
 * The chain's state as `npm run audit:verify` and the audit page show it: verifyAuditChain's verdict, with the
 * first broken event's time and action, and whether the audit key is missing from the data folder.
 */
export function auditChainReport(db: DbOrTx, key: string | null = existingAuditKey()): ChainReport {
  const verdict = verifyAuditChain(db, key);
  if (verdict.ok) return verdict;
  const row = db
    .select({ occurredAt: auditEvents.occurredAt, action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.id, verdict.brokenAtId))
    .get();
  return { ok: false, brokenAtId: verdict.brokenAtId, occurredAt: row?.occurredAt ?? null, action: row?.action ?? null, keyMissing: key === null };
}
