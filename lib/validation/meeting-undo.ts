import { z } from "zod";

export const undoDecisionSchema = z.object({
  reason: z.string().trim().min(3, "Skriv hvorfor beslutningen fortrydes (mindst 3 tegn)").max(2000, "Højst 2000 tegn"),
});
