import type { ServiceAction } from "@/lib/action-state";

/** The agenda builder's server actions, bound by the components to the meeting or the agenda item. */
export type AgendaActions = {
  addQueueItem: ServiceAction<[meetingId: number]>;
  /** Flyt op, Flyt ned or Fjern punktet, by the pressed button's `op`. */
  changeAgendaItem: ServiceAction<[itemId: number]>;
};

/** Meeting mode's server actions, bound to the agenda item on the slide. */
export type SlideActions = {
  recordDecision: ServiceAction<[itemId: number]>;
  savePrivateNote: ServiceAction<[itemId: number]>;
  undoDecision: ServiceAction<[itemId: number]>;
};
