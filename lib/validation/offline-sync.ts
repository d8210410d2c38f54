import { z } from "zod";

const optionalId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? undefined : value),
  z.coerce.number({ error: "Ukendt beslutning" }).int("Ukendt beslutning").positive("Ukendt beslutning").optional(),
);

/**
 * One write kept on a device while it had no connection, as it is sent when the connection returns. The write's
 * own fields (outcome, text … or body) travel along and are read by the same services as the forms.
 */
export const offlineWriteSchema = z.object({
  /** decision: a new decision; replace: the user chose their offline decision over someone else's; note: a private note. */
  kind: z.enum(["decision", "replace", "note"], { error: "Ukendt slags ændring" }),
  itemId: z.coerce.number({ error: "Ukendt dagsordenspunkt" }).int("Ukendt dagsordenspunkt").positive("Ukendt dagsordenspunkt"),
  /** The decision the user saw on the item when writing (none when empty). */
  seenDecisionId: optionalId,
  /** For replace: the decision the user chose to replace. */
  replacesDecisionId: optionalId,
});

export type OfflineWriteInput = z.infer<typeof offlineWriteSchema>;
