import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { overviewVisits, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { nextVisit, type OverviewVisit } from "@/lib/domain/inbox";
import { readOverviewVisit } from "@/lib/queries/inbox";
import { ForbiddenError } from "./errors";
import { authorize, type ActingUser } from "./guard";

/**
 * Records that the person opened Mit overblik at `now` and returns their visit: a new visit (changes counted from
 * the previous one) when the last began more than half an hour ago, else the same one, untouched. Only the
 * person's own marker is written, and only when a new visit starts, audited then.
 */
export function recordOverviewVisit(actor: ActingUser, now = new Date()): OverviewVisit {
  authorize(actor, "portfolio.read", undefined, { action: "overview.visit", objectType: "user", objectId: actor.id });
  const db = getDb();
  return db.transaction((tx) => {
    const active = tx.select({ id: users.id }).from(users).where(and(eq(users.id, actor.id), eq(users.active, true))).get();
    if (!active) throw new ForbiddenError();
    const previous = readOverviewVisit(tx, actor.id);
    const next = nextVisit(previous, now);
    if (!next) return previous!;
    tx.insert(overviewVisits)
      .values({ userId: actor.id, ...next })
      .onConflictDoUpdate({ target: overviewVisits.userId, set: next })
      .run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "overview.visit", objectType: "user", objectId: actor.id, changes: { changesSince: next.changesSince } });
    return next;
  });
}
