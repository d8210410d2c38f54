"use server";

import { revalidatePath } from "next/cache";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import { commentOnIdea, submitIdea, toggleIdeaVote, triageIdea } from "@/lib/services/ideas";

export async function submitIdeaAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runService(async () => submitIdea(await requireActionUser(), formData), "Tak! Din idé er indsendt.");
  if (state.ok) revalidatePath("/ideas");
  return state;
}

export async function voteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = Number(formData.get("ideaId"));
  let voted = false;
  const state = await runService(async () => {
    voted = toggleIdeaVote(await requireActionUser(), id).voted;
  }, "");
  if (!state.ok) return state;
  revalidatePath("/ideas", "layout");
  return { ok: true, message: voted ? "Din stemme er afgivet." : "Din stemme er trukket tilbage." };
}

export async function commentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = Number(formData.get("ideaId"));
  const state = await runService(async () => commentOnIdea(await requireActionUser(), id, formData), "Kommentaren er tilføjet.");
  if (state.ok) revalidatePath(`/ideas/${id}`);
  return state;
}

export async function triageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = Number(formData.get("ideaId"));
  const state = await runService(async () => triageIdea(await requireActionUser(), id, formData), "Vurderingen er gemt.");
  if (state.ok) revalidatePath("/ideas", "layout");
  return state;
}
