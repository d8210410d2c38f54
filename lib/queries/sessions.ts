import "server-only";
import { createHash } from "node:crypto";
import { and, asc, count, desc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { containsPattern, folded } from "@/db/fold";
import { sessions, users } from "@/db/schema";
import type { Role } from "@/lib/codes";
import { describeUserAgent } from "@/lib/domain/user-agent";
import { readSettings } from "@/lib/settings";
import { clampedOffset, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";

/** How pages and forms name a session: a digest of its id, so the id the sign-in token carries never leaves the server. */
export function sessionHandle(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("hex").slice(0, 32);
}

export type SessionRow = {
  handle: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string;
  browser: string;
};

export type OwnSessionRow = SessionRow & { current: boolean };
export type AdminSessionRow = SessionRow & { userId: number; userName: string; userEmail: string; role: Role };

/** A session still in force: not expired and seen within the idle time. */
function activeCondition(now: Date) {
  const idleHours = readSettings().sessionIdleHours;
  const seenAfter = new Date(now.getTime() - idleHours * 3_600_000).toISOString();
  return and(gt(sessions.expiresAt, now.toISOString()), gt(sessions.lastSeenAt, seenAfter));
}

/** The id of a user's session named by `handle`, or null; only the user's own sessions are searched. */
export function findUserSessionId(db: DbOrTx, userId: number, handle: string): string | null {
  const ids = db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId)).all();
  return ids.find((row) => sessionHandle(row.id) === handle)?.id ?? null;
}

/** Sessions per page of a session list (the user's own and the administrators'): each row carries its own forms. */
export const SESSIONS_PAGE_SIZE = 20;

/** One page of the user's own active sessions, the current one first, then the most recently seen. */
export function listOwnSessions(userId: number, currentSessionId: string, request: PageRequest, now = new Date()): Paged<OwnSessionRow> {
  const db = getDb();
  const own = and(eq(sessions.userId, userId), activeCondition(now));
  const total = db.select({ n: count() }).from(sessions).where(own).get()?.n ?? 0;
  const rows = db
    .select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, ip: sessions.ip, userAgent: sessions.userAgent })
    .from(sessions)
    .where(own)
    .orderBy(desc(sql`${sessions.id} = ${currentSessionId}`), desc(sessions.lastSeenAt), asc(sessions.id))
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return {
    rows: rows.map((row) => ({
      handle: sessionHandle(row.id),
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      ip: row.ip,
      browser: describeUserAgent(row.userAgent),
      current: row.id === currentSessionId,
    })),
    info: pageInfo(request, total),
  };
}

export function countActiveSessions(now = new Date()): number {
  const db = getDb();
  return db.select({ n: count() }).from(sessions).where(activeCondition(now)).get()?.n ?? 0;
}

/** Sessions whose user's name or e-mail contains `q`, case folded as the other searches (Æ, Ø and Å too). */
function userMatches(q: string): SQL | undefined {
  if (!q) return undefined;
  const pattern = containsPattern(q);
  return or(sql`${folded(users.name)} like ${pattern} escape '\\'`, sql`${folded(users.email)} like ${pattern} escape '\\'`);
}

/** One page of every user's active sessions, the most recently seen first; `q` keeps those whose user's name or e-mail contains it. */
export function listActiveSessions(request: PageRequest, q = "", now = new Date()): Paged<AdminSessionRow> {
  const db = getDb();
  const where = and(activeCondition(now), userMatches(q));
  const total = q
    ? (db.select({ n: count() }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(where).get()?.n ?? 0)
    : countActiveSessions(now);
  const rows = db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
      userId: users.id,
      userName: users.name,
      userEmail: users.email,
      role: users.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(where)
    .orderBy(desc(sessions.lastSeenAt), asc(sessions.id))
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return {
    rows: rows.map(({ id, userAgent, ...row }) => ({ ...row, handle: sessionHandle(id), browser: describeUserAgent(userAgent) })),
    info: pageInfo(request, total),
  };
}
