import "server-only";
import type { DbOrTx } from "@/db";
import type { DecisionEffect } from "@/lib/domain/meetings";
import { ValidationError } from "./errors";
import type { ActingUser } from "./guard";

/**
 * Applies a board decision on an experiment inside the meeting's transaction: approve or reject one that
 * waits over its zone's risk frame, or promote one that asks to scale.
 */
export function applyExperimentDecision(
  _tx: DbOrTx,
  _actor: ActingUser,
  _experimentId: number,
  _effect: Exclude<DecisionEffect, null>,
  _text: string,
  _now: Date,
  _context: Record<string, unknown>,
): void {
  throw new ValidationError({}, "Beslutninger om forsøg kan endnu ikke anvendes automatisk.");
}
