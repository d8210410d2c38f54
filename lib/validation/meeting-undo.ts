import { z } from "zod";

export const undoDecisionSchema = z.object({
  /** The decision the form showed; a different one now (undone and decided again meanwhile) refuses the undo. */
  decisionId: z.coerce.number().int().positive().optional(),
  reason: z.string().trim().min(3, "Skriv hvorfor beslutningen fortrydes (mindst 3 tegn)").max(2000, "Højst 2000 tegn"),
});
