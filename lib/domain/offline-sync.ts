/**
 * The rule for a decision written without a connection and sent later: it carries the decision the user saw on
 * the item (none, or decision id X). Someone else decided meanwhile when the item now has a decision other than
 * that one; the write is then refused and both texts are put before the user. An item whose decision was undone
 * meanwhile (none now) is no conflict: the new decision is simply recorded.
 */
export function decidedMeanwhile(seenDecisionId: number | null, currentDecisionId: number | null): boolean {
  return currentDecisionId !== null && currentDecisionId !== seenDecisionId;
}

/** The reason recorded when a director replaces someone else's decision with the one written offline. */
export const replacedByOfflineDecisionReason = "Erstattet af beslutning registreret uden net";
