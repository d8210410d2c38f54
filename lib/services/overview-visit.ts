import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { overviewVisits, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { nextVisit, type OverviewVisit } from "@/lib/domain/inbox";
import { readOverviewVisit } from "@/lib/queries/inbox";
import { ForbiddenError } from "./errors";
import { authorize, type ActingUser } from "./guard";

/** The person's visit now, and the one to write when opening Mit overblik starts a new one (null: nothing to write). */
function visitAt(db: DbOrTx, actor: ActingUser, now: Date): { previous: OverviewVisit | null; next: OverviewVisit | null } {
  const active = db.select({ id: users.id }).from(users).where(and(eq(users.id, actor.id), eq(users.active, true))).get();
  if (!active) throw new ForbiddenError();
  const previous = readOverviewVisit(db, actor.id);
  return { previous, next: nextVisit(previous, now) };
}

/**
 * Records that the person opened Mit overblik at `now` and returns their visit: a new visit (changes counted from
 * the previous one) when the last began more than half an hour ago, else the same one, untouched. Only the
 * person's own marker is written, and only when a new visit starts, audited then. A visit that goes on only reads:
 * the page takes the database's write lock, which the server's other processes wait for, only when it writes.
 */
export function recordOverviewVisit(actor: ActingUser, now = new Date()): OverviewVisit {
  authorize(actor, "portfolio.read", undefined, { action: "overview.visit", objectType: "user", objectId: actor.id });
  const db = getDb();
  const seen = visitAt(db, actor, now);
  if (!seen.next) return seen.previous!;
  return db.transaction((tx) => {
    const { previous, next } = visitAt(tx, actor, now); // again under the lock: another tab may have begun the visit
    if (!next) return previous!;
    tx.insert(overviewVisits)
      .values({ userId: actor.id, ...next })
      .onConflictDoUpdate({ target: overviewVisits.userId, set: next })
      .run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "overview.visit", objectType: "user", objectId: actor.id, changes: { changesSince: next.changesSince } });
    return next;
  });
}
