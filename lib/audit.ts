import { createHmac } from "node:crypto";
import path from "node:path";
import { asc, desc, eq, gt } from "drizzle-orm";
import { databaseFile, dataDirectory, type DbOrTx } from "@/db";
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
  /** When it happened: the clock's now, unless a seed writes an organisation's past (the demo's published reports). */
  occurredAt?: string;
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
    occurredAt: input.occurredAt ?? new Date().toISOString(),
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

/** An event the chain has been walked to, with the hash it had then and the number of events up to it. */
type ChainPoint = { id: number; hash: string; count: number };

/**
 * Walks the chain after `from` (the whole chain when null) and reports the first event whose HMAC does not match,
 * with the last event walked. Walking on from a point first checks that the point's event still has its hash.
 */
function walkChain(db: DbOrTx, key: string | null, from: ChainPoint | null): { verdict: ChainVerdict; through: ChainPoint | null } {
  let through = from;
  if (from) {
    const anchor = db.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.id, from.id)).get();
    if (anchor?.hash !== from.hash) return { verdict: { ok: false, brokenAtId: from.id }, through: null };
  }
  const rows = db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.id, from?.id ?? 0))
    .orderBy(asc(auditEvents.id))
    .all();
  for (const row of rows) {
    const prevHash = through?.hash ?? GENESIS_HASH;
    if (key === null || row.prevHash !== prevHash || hashAuditEvent(key, prevHash, row) !== row.hash) {
      return { verdict: { ok: false, brokenAtId: row.id }, through: null };
    }
    through = { id: row.id, hash: row.hash, count: (through?.count ?? 0) + 1 };
  }
  return { verdict: { ok: true, count: through?.count ?? 0 }, through };
}

/**
 * Walks the whole chain and reports the first event whose HMAC does not match. Without the key
 * (`existingAuditKey()` is null) any event counts as broken.
 */
export function verifyAuditChain(db: DbOrTx, key: string | null = existingAuditKey()): ChainVerdict {
  return walkChain(db, key, null).verdict;
}

export type ChainReport =
  | { ok: true; count: number }
  | { ok: false; brokenAtId: number; occurredAt: string | null; action: string | null; keyMissing: boolean };

function reportOf(db: DbOrTx, verdict: ChainVerdict, key: string | null): ChainReport {
  if (verdict.ok) return verdict;
  const row = db
    .select({ occurredAt: auditEvents.occurredAt, action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.id, verdict.brokenAtId))
    .get();
  return { ok: false, brokenAtId: verdict.brokenAtId, occurredAt: row?.occurredAt ?? null, action: row?.action ?? null, keyMissing: key === null };
}

/**
 * The chain's state as `npm run audit:verify` shows it: the whole chain walked, with the first broken event's time
 * and action, and whether the audit key is missing from the data folder.
 */
export function auditChainReport(db: DbOrTx, key: string | null = existingAuditKey()): ChainReport {
  return reportOf(db, verifyAuditChain(db, key), key);
}

/** How long a server process walks on from where it found the chain intact before it walks the whole chain again. */
export const fullChainWalkMs = 24 * 3_600_000;

/** Per database file: where this process last found the chain intact, with the key and when it last walked it all. */
const walked = new Map<string, ChainPoint & { key: string; wholeAt: number }>();

/**
 * The chain's state as the administrators' pages show it. Walking the whole chain on every view grows with the trail
 * (about 20 ms per 1,000 events), so a process walks on from the event where it last found the chain intact, after
 * checking that event's hash, and walks the whole chain again once a day. `npm run audit:verify` and every backup
 * walk the whole chain.
 */
export function auditChainReportSinceLastWalk(db: DbOrTx, now = Date.now()): ChainReport {
  const key = existingAuditKey();
  const file = databaseFile();
  const last = walked.get(file);
  const from = last && last.key === key && now - last.wholeAt < fullChainWalkMs ? last : null;
  const { verdict, through } = walkChain(db, key, from);
  if (verdict.ok && through && key !== null) walked.set(file, { ...through, key, wholeAt: from?.wholeAt ?? now });
  else walked.delete(file);
  return reportOf(db, verdict, key);
}
