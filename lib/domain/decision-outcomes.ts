import type { AgendaItemKind, DecisionOutcome } from "@/lib/codes";

/*
 * The board's decision outcomes: which an item may get, and their Danish labels. A module of its own so meeting
 * mode's client code (the decision form, the offline queue) carries only this to the browser, not every label map
 * or the meeting rules; the label map and meeting rule modules re-export it.
 */

export const decisionOutcomeLabels = { approved: "Godkendt", rejected: "Afvist", postponed: "Udsat", adjusted: "Justeret", noted: "Taget til efterretning" } as const satisfies Record<DecisionOutcome, string>;

/**
 * An information item is only taken note of, and so is a request decided on its own page after it was put on the
 * agenda; every other item is decided Godkendt, Afvist, Udsat or Justeret.
 */
export function outcomesFor(kind: AgendaItemKind, settledElsewhere = false): readonly DecisionOutcome[] {
  return kind === "information" || settledElsewhere ? ["noted"] : ["approved", "rejected", "postponed", "adjusted"];
}
