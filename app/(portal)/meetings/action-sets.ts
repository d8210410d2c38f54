import type { AgendaActions, SlideActions } from "@/components/meetings/meeting-actions";
import { addQueueItemAction, changeAgendaItemAction, recordDecisionAction, savePrivateNoteAction } from "./actions";
import { undoDecisionAction } from "./decide-actions";

/** The agenda builder's actions, handed to the queue and the agenda item cards. */
export const agendaActions: AgendaActions = {
  addQueueItem: addQueueItemAction,
  changeAgendaItem: changeAgendaItemAction,
};

/** Meeting mode's actions, handed to each slide. */
export const slideActions: SlideActions = { recordDecision: recordDecisionAction, savePrivateNote: savePrivateNoteAction, undoDecision: undoDecisionAction };
