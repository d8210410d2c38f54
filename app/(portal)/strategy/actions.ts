"use server";

import { revalidatePath } from "next/cache";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import { createStrategyGoal, updateStrategyGoal } from "@/lib/services/strategy";

export async function createStrategyGoalAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runService(async () => createStrategyGoal(await requireActionUser(), formData), "Målet er oprettet.");
  if (state.ok) revalidatePath("/strategy");
  return state;
}

export async function updateStrategyGoalAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = Number(formData.get("id"));
  const state = await runService(async () => updateStrategyGoal(await requireActionUser(), id, formData), "Ændringerne er gemt.");
  if (state.ok) revalidatePath("/strategy", "layout");
  return state;
}
