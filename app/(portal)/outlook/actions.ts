"use server";

import { revalidatePath } from "next/cache";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import { logInspiration } from "@/lib/services/inspirations";

export async function logInspirationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runService(async () => logInspiration(await requireActionUser(), formData), "Udsynet er gemt.");
  if (state.ok) revalidatePath("/outlook");
  return state;
}
