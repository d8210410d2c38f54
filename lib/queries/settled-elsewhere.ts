import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { benefitRebaselines, experiments, gateRequests, projectChangeRequests, users } from "@/db/schema";
import type { QueueKind } from "@/lib/codes";

/** A request on the agenda that was decided outside the meeting (on its page) after it was put on the agenda. */
export type SettledElsewhere = { outcome: "approved" | "rejected"; byName: string | null; at: string | null };

type AgendaRequest = {
  queueKind: QueueKind | null;
  gateRequestId: number | null;
  rebaselineId: number | null;
  changeRequestId: number | null;
  experimentId: number | null;
};

/** The three kinds of request a director decides on its page, each with a status and who decided it when. */
type DecidedRequestTable = typeof gateRequests | typeof benefitRebaselines | typeof projectChangeRequests;

function decidedRequest(db: DbOrTx, table: DecidedRequestTable, requestId: number): SettledElsewhere | null {
  const row = db
    .select({ status: table.status, byName: users.name, at: table.decidedAt })
    .from(table)
    .leftJoin(users, eq(users.id, table.decidedById))
    .where(eq(table.id, requestId))
    .get();
  return row && (row.status === "approved" || row.status === "rejected") ? { outcome: row.status, byName: row.byName, at: row.at } : null;
}

/**
 * Whether the request an agenda item brings to the board is already decided, so the board can only take note of it.
 * Reads in the caller's transaction when given one, so a decision is checked against what it will write over.
 */
export function settledElsewhere(db: DbOrTx, item: AgendaRequest): SettledElsewhere | null {
  if (item.queueKind === "gate" && item.gateRequestId) return decidedRequest(db, gateRequests, item.gateRequestId);
  if (item.queueKind === "rebaseline" && item.rebaselineId) return decidedRequest(db, benefitRebaselines, item.rebaselineId);
  if (item.queueKind === "change_request" && item.changeRequestId) return decidedRequest(db, projectChangeRequests, item.changeRequestId);
  if (item.queueKind === "experiment_approval" && item.experimentId) {
    const row = db
      .select({ state: experiments.state, byName: users.name, at: experiments.approvedAt })
      .from(experiments)
      .leftJoin(users, eq(users.id, experiments.approvedById))
      .where(eq(experiments.id, item.experimentId))
      .get();
    if (!row || row.state === "awaiting_approval") return null;
    return row.state === "rejected" ? { outcome: "rejected", byName: null, at: null } : { outcome: "approved", byName: row.byName, at: row.at };
  }
  return null;
}
