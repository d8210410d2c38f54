"use server";

import { serviceAction, type Revalidation } from "@/lib/actions";
import {
  addFreeItem,
  addQueueItem,
  approveMinutes,
  changeAgendaItem,
  createMeeting,
  publishAgenda,
  recordDecision,
  savePrivateNote,
  updateAgendaItem,
  updateMeeting,
} from "@/lib/services/meetings";

/** Meetings, agendas, meeting mode and minutes all render from the same rows. */
const meetingPaths: Revalidation[] = [{ layout: "/meetings" }];

export const createMeetingAction = serviceAction((user, formData) => createMeeting(user, formData), {
  success: "Mødet er oprettet.",
  revalidate: ["/meetings"],
  redirect: ({ result: meetingId }) => `/meetings/${meetingId}`,
});

export const updateMeetingAction = serviceAction((user, formData, meetingId: number) => updateMeeting(user, meetingId, formData), {
  success: "Mødet er gemt.",
  revalidate: meetingPaths,
});

export const addQueueItemAction = serviceAction((user, formData, meetingId: number) => addQueueItem(user, meetingId, formData), {
  success: "Punktet er sat på dagsordenen.",
  revalidate: meetingPaths,
});

export const addFreeItemAction = serviceAction((user, formData, meetingId: number) => addFreeItem(user, meetingId, formData), {
  success: "Punktet er tilføjet.",
  revalidate: meetingPaths,
});

/** An agenda item is edited on a page of its own; after a save the director is back at the item on the meeting page. */
export const updateAgendaItemAction = serviceAction((user, formData, _meetingId: number, itemId: number) => updateAgendaItem(user, itemId, formData), {
  success: "Punktet er gemt.",
  revalidate: meetingPaths,
  redirect: ({ args: [meetingId, itemId] }) => `/meetings/${meetingId}?notice=agenda-item-saved#agenda-item-${itemId}`,
});

/** An agenda item's Flyt op, Flyt ned and Fjern punktet share one form; the pressed button's `op` says which. */
export const changeAgendaItemAction = serviceAction((user, formData, itemId: number) => changeAgendaItem(user, itemId, formData.get("op"), formData.get("version") ?? undefined), {
  success: ({ result }) => (result === "remove" ? "Punktet er fjernet." : "Punktet er flyttet."),
  revalidate: meetingPaths,
});

export const publishAgendaAction = serviceAction((user, _formData, meetingId: number) => publishAgenda(user, meetingId), {
  success: "Dagsordenen er udgivet.",
  revalidate: meetingPaths,
});

export const recordDecisionAction = serviceAction((user, formData, itemId: number) => recordDecision(user, itemId, formData), {
  success: "Beslutningen er registreret.",
  revalidate: meetingPaths,
});

export const savePrivateNoteAction = serviceAction((user, formData, itemId: number) => savePrivateNote(user, itemId, formData), {
  success: "Noten er gemt.",
});

export const approveMinutesAction = serviceAction((user, _formData, meetingId: number) => approveMinutes(user, meetingId), {
  success: ({ result: locked }) =>
    locked ? "Du har godkendt referatet. Alle deltagende direktører har nu godkendt, og referatet er låst." : "Du har godkendt referatet.",
  revalidate: meetingPaths,
});
