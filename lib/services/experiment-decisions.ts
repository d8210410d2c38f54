import "server-only";
import type { DbOrTx } from "@/db";
import type { DecisionEffect } from "@/lib/domain/meetings";
import { approveInTransaction, promoteInTransaction, rejectInTransaction, type PromotionChoice } from "./experiments";
import type { ActingUser } from "./guard";

/**
 * Applies a board decision on an experiment inside the meeting's transaction: approve or reject one that
 * waits over its zone's risk frame, or promote one that asks to scale.
 */
export function applyExperimentDecision(
  tx: DbOrTx,
  actor: ActingUser,
  experimentId: number,
  effect: Exclude<DecisionEffect, null>,
  text: string,
  now: Date,
  context: Record<string, unknown>,
  promotion?: PromotionChoice,
): void {
  switch (effect) {
    case "approve_experiment":
      return approveInTransaction(tx, actor, experimentId, now, context);
    case "reject_experiment":
      return rejectInTransaction(tx, actor, experimentId, text || "Afvist af koncernledelsen", now, context);
    case "promote_experiment":
      if (!promotion) throw new Error("A promotion needs the department, purpose and budget the decision names");
      promoteInTransaction(tx, actor, experimentId, promotion, now, context);
      return;
    default:
      throw new Error(`An experiment cannot take the decision ${effect}`);
  }
}
