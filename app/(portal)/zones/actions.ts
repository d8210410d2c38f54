"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import { addZoneMember, createZone, removeZoneMember, setZoneMemberMed, updateZone } from "@/lib/services/zones";

export async function createZoneAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let slug = "";
  const state = await runService(async () => {
    slug = createZone(await requireActionUser(), formData).slug;
  }, "Udviklingsrummet er oprettet.");
  if (!state.ok) return state;
  revalidatePath("/zones");
  redirect(`/zones/${slug}`);
}

export async function updateZoneAction(slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runService(async () => updateZone(await requireActionUser(), slug, formData), "Udviklingsrummet er gemt.");
  if (!state.ok) return state;
  revalidatePath("/zones", "layout");
  redirect(`/zones/${slug}`);
}

function refreshMembers(slug: string, state: ActionState): ActionState {
  if (state.ok) revalidatePath(`/zones/${slug}`, "layout");
  return state;
}

export async function addZoneMemberAction(slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return refreshMembers(slug, await runService(async () => addZoneMember(await requireActionUser(), slug, formData), "Medlemmet er tilføjet."));
}

export async function removeZoneMemberAction(slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return refreshMembers(slug, await runService(async () => removeZoneMember(await requireActionUser(), slug, formData), "Medlemmet er fjernet."));
}

export async function setZoneMemberMedAction(slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return refreshMembers(slug, await runService(async () => setZoneMemberMed(await requireActionUser(), slug, formData), "Gemt."));
}
