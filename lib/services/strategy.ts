import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { strategyGoals } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { strategyGoalEditSchema, strategyGoalId, strategyGoalSchema, type StrategyGoalInput } from "@/lib/validation/strategy";
import { ConflictError, NotFoundError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";

export const staleGoalMessage = "Målet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

function getGoalOrThrow(db: DbOrTx, id: number) {
  const goal = strategyGoalId.safeParse(id).success ? db.select().from(strategyGoals).where(eq(strategyGoals.id, id)).get() : undefined;
  if (!goal) throw new NotFoundError("Målet findes ikke.");
  return goal;
}

function columnsOf(input: StrategyGoalInput) {
  return { title: input.title, description: input.description, focus: input.focus };
}

/** The stored values as the form shows them, so a refused editor can see what changed. */
function currentValues(goal: typeof strategyGoals.$inferSelect): Record<string, string> {
  return { title: goal.title, description: goal.description, focus: goal.focus, version: String(goal.version) };
}

/** Directors and admins create strategy goals. */
export function createStrategyGoal(actor: ActingUser, formData: FormData | Record<string, unknown>): { id: number } {
  authorize(actor, "strategy.manage", undefined, { action: "strategy_goal.create", objectType: "strategy_goal" });
  const input = parseInput(strategyGoalSchema, formData);
  return getDb().transaction((tx) => {
    const columns = columnsOf(input);
    const row = tx.insert(strategyGoals).values(columns).returning({ id: strategyGoals.id }).get();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "strategy_goal.create",
      objectType: "strategy_goal",
      objectId: row.id,
      changes: columns,
    });
    return { id: row.id };
  });
}

/** Saves an edit made on `version`; a newer version in the database refuses the save with its current values. */
export function updateStrategyGoal(actor: ActingUser, id: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  authorize(actor, "strategy.manage", undefined, { action: "strategy_goal.update", objectType: "strategy_goal", objectId: id });
  const db = getDb();
  getGoalOrThrow(db, id);
  const input = parseInput(strategyGoalEditSchema, formData);
  db.transaction((tx) => {
    const before = getGoalOrThrow(tx, id);
    if (before.version !== input.version) throw new ConflictError(staleGoalMessage, currentValues(before));
    const columns = columnsOf(input);
    const result = tx
      .update(strategyGoals)
      .set({ ...columns, version: before.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(strategyGoals.id, id), eq(strategyGoals.version, input.version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleGoalMessage, currentValues(before));
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "strategy_goal.update",
      objectType: "strategy_goal",
      objectId: id,
      changes: changedFields(before, columns),
    });
  });
}
