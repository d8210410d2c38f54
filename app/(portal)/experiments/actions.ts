"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ExperimentNotice } from "@/components/experiments/notices";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import {
  approveExperiment,
  createExperiment,
  finishExperiment,
  promoteExperiment,
  rejectExperiment,
  startExperiment,
} from "@/lib/services/experiments";

function done(id: number, state: ActionState, notice: ExperimentNotice): ActionState {
  if (!state.ok) return state;
  revalidatePath("/zones", "layout");
  revalidatePath(`/experiments/${id}`);
  redirect(`/experiments/${id}?notice=${notice}`);
}

export async function createExperimentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let id = 0;
  const state = await runService(async () => {
    id = createExperiment(await requireActionUser(), formData).id;
  }, "Testkortet er oprettet.");
  return done(id, state, "created");
}

export async function startExperimentAction(id: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  let notice: ExperimentNotice = "started";
  const state = await runService(async () => {
    const { state: next } = startExperiment(await requireActionUser(), id);
    if (next === "awaiting_approval") notice = "awaiting";
  }, "Forsøget er startet.");
  return done(id, state, notice);
}

export async function approveExperimentAction(id: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  return done(id, await runService(async () => approveExperiment(await requireActionUser(), id), ""), "approved");
}

export async function rejectExperimentAction(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return done(id, await runService(async () => rejectExperiment(await requireActionUser(), id, formData), ""), "rejected");
}

export async function finishExperimentAction(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return done(id, await runService(async () => finishExperiment(await requireActionUser(), id, formData), ""), "finished");
}

export async function promoteExperimentAction(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runService(async () => promoteExperiment(await requireActionUser(), id, formData), "");
  if (state.ok) revalidatePath("/portfolio");
  return done(id, state, "promoted");
}
