import type { InvolvementForm, InvolvementGroup, InvolvementState } from "@/lib/codes";
import { formatDate } from "@/lib/format";
import { involvementFormLabels, involvementGroupLabels } from "./labels";

/** The field message when an entry marked as held lies after today. */
export const futureDoneInvolvementMessage = "En gennemført inddragelse kan ikke ligge i fremtiden";

/**
 * An involvement entry marked as held (*Gennemført*) cannot be dated after `today` (YYYY-MM-DD); a planned one may lie
 * anywhere in the calendar. Dates compare as ISO days, so text order is day order.
 */
export function isDoneInvolvementInFuture(entry: { state: InvolvementState; date: string }, today: string): boolean {
  return entry.state === "done" && entry.date > today;
}

/**
 * How an entry is named where a control acts on it ("Ret inddragelsen: MED-udvalg · Orientering, 3. dec. 2026"): it
 * has no title, so its group, form and date say which one it is.
 */
export function involvementName(entry: { group: InvolvementGroup; form: InvolvementForm; date: string }): string {
  return `${involvementGroupLabels[entry.group]} · ${involvementFormLabels[entry.form]}, ${formatDate(entry.date)}`;
}
