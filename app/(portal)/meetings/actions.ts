"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import {
  addFreeItem,
  addQueueItem,
  approveMinutes,
  createMeeting,
  moveAgendaItem,
  publishAgenda,
  recordDecision,
  removeAgendaItem,
  savePrivateNote,
  updateAgendaItem,
  updateMeeting,
} from "@/lib/services/meetings";

/** Meetings, agendas, meeting mode and minutes all render from the same rows. */
function refresh(state: ActionState): ActionState {
  if (state.ok) revalidatePath("/meetings", "layout");
  return state;
}

export async function createMeetingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let meetingId = 0;
  const state = await runService(async () => {
    meetingId = createMeeting(await requireActionUser(), formData);
  }, "Mødet er oprettet.");
  if (!state.ok) return state;
  revalidatePath("/meetings");
  redirect(`/meetings/${meetingId}`);
}

export async function updateMeetingAction(meetingId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runService(async () => updateMeeting(await requireActionUser(), meetingId, formData), "Mødet er gemt."));
}

export async function addQueueItemAction(meetingId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runService(async () => addQueueItem(await requireActionUser(), meetingId, formData), "Punktet er sat på dagsordenen."));
}

export async function addFreeItemAction(meetingId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runService(async () => addFreeItem(await requireActionUser(), meetingId, formData), "Punktet er tilføjet."));
}

export async function updateAgendaItemAction(itemId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runService(async () => updateAgendaItem(await requireActionUser(), itemId, formData), "Punktet er gemt."));
}

export async function moveAgendaItemAction(itemId: number, direction: "up" | "down", _prev: ActionState): Promise<ActionState> {
  const where = direction === "down" ? "down" : "up";
  return refresh(await runService(async () => moveAgendaItem(await requireActionUser(), itemId, where), "Punktet er flyttet."));
}

export async function removeAgendaItemAction(itemId: number, _prev: ActionState): Promise<ActionState> {
  return refresh(await runService(async () => removeAgendaItem(await requireActionUser(), itemId), "Punktet er fjernet."));
}

export async function publishAgendaAction(meetingId: number, _prev: ActionState): Promise<ActionState> {
  return refresh(await runService(async () => publishAgenda(await requireActionUser(), meetingId), "Dagsordenen er udgivet."));
}

export async function recordDecisionAction(itemId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return refresh(await runService(async () => recordDecision(await requireActionUser(), itemId, formData), "Beslutningen er registreret."));
}

export async function savePrivateNoteAction(itemId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return await runService(async () => savePrivateNote(await requireActionUser(), itemId, formData), "Noten er gemt.");
}

export async function approveMinutesAction(meetingId: number, _prev: ActionState): Promise<ActionState> {
  let locked = false;
  const state = await runService(async () => {
    locked = approveMinutes(await requireActionUser(), meetingId);
  }, "Du har godkendt referatet.");
  if (state.ok && locked) state.message = "Du har godkendt referatet. Alle deltagende direktører har nu godkendt, og referatet er låst.";
  return refresh(state);
}
