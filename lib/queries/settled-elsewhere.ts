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

const decided = (status: string, byName: string | null, at: string | null): SettledElsewhere | null =>
  status === "approved" || status === "rejected" ? { outcome: status, byName, at } : null;

/**
 * Whether the request an agenda item brings to the board is already decided, so the board can only take note of it.
 * Reads in the caller's transaction when given one, so a decision is checked against what it will write over.
 */
export function settledElsewhere(db: DbOrTx, item: AgendaRequest): SettledElsewhere | null {
  if (item.queueKind === "gate" && item.gateRequestId) {
    const row = db
      .select({ status: gateRequests.status, byName: users.name, at: gateRequests.decidedAt })
      .from(gateRequests)
      .leftJoin(users, eq(users.id, gateRequests.decidedById))
      .where(eq(gateRequests.id, item.gateRequestId))
      .get();
    return row ? decided(row.status, row.byName, row.at) : null;
  }
  if (item.queueKind === "rebaseline" && item.rebaselineId) {
    const row = db
      .select({ status: benefitRebaselines.status, byName: users.name, at: benefitRebaselines.decidedAt })
      .from(benefitRebaselines)
      .leftJoin(users, eq(users.id, benefitRebaselines.decidedById))
      .where(eq(benefitRebaselines.id, item.rebaselineId))
      .get();
    return row ? decided(row.status, row.byName, row.at) : null;
  }
  if (item.queueKind === "change_request" && item.changeRequestId) {
    const row = db
      .select({ status: projectChangeRequests.status, byName: users.name, at: projectChangeRequests.decidedAt })
      .from(projectChangeRequests)
      .leftJoin(users, eq(users.id, projectChangeRequests.decidedById))
      .where(eq(projectChangeRequests.id, item.changeRequestId))
      .get();
    return row ? decided(row.status, row.byName, row.at) : null;
  }
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
