import { z } from "zod";
import { phases } from "@/lib/codes";
import { isCalendarDay, krAmount } from "./common";

/** A blank field means "unchanged": the value is left out of the request. */
const blankIsUnchanged = (value: unknown) => (value === "" || value == null ? undefined : value);

const day = (label: string) =>
  z.preprocess(blankIsUnchanged, z.string({ error: `${label} skal være en dato` }).refine(isCalendarDay, `${label} skal være en gyldig dato`).optional());

const id = (what: string) => z.preprocess(blankIsUnchanged, z.coerce.number({ error: `Vælg ${what}` }).int(`Vælg ${what}`).positive(`Vælg ${what}`).optional());

/** Ændringsanmodning: the new values of board-controlled fields (absent or blank = unchanged) and the reason. */
export const changeRequestSchema = z.object({
  approvedBudgetKr: z.preprocess(blankIsUnchanged, krAmount("Godkendt budget").optional()),
  baselineStart: day("Planlagt start"),
  baselineEnd: day("Planlagt slut"),
  departmentId: id("en afdeling"),
  ownerId: id("en projektejer"),
  phase: z.preprocess(blankIsUnchanged, z.enum(phases, { error: "Vælg en fase" }).optional()),
  reason: z
    .string({ error: "Skriv en begrundelse for ændringen" })
    .trim()
    .min(10, "Skriv en begrundelse for ændringen (mindst 10 tegn)")
    .max(2000, "Begrundelsen må højst være 2000 tegn"),
});
export type ChangeRequestInput = z.infer<typeof changeRequestSchema>;

export const changeRequestDecisionSchema = z
  .object({
    decision: z.enum(["approved", "rejected"], { error: "Vælg godkend eller afvis" }),
    comment: z.string().trim().max(2000, "Kommentaren må højst være 2000 tegn").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "rejected" && value.comment.length < 3) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Skriv hvorfor ændringsanmodningen afvises" });
    }
  });
