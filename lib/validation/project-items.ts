import { z } from "zod";
import { involvementForms, involvementGroups, lights, phases, riskCategories } from "@/lib/codes";
import { checkbox, isoDay, optionalId, version } from "./common";

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const scale = (label: string) =>
  z.coerce
    .number({ error: `Vælg ${label} fra 1 til 5` })
    .int(`${capitalized(label)} skal være et helt tal fra 1 til 5`)
    .min(1, `${capitalized(label)} skal være mellem 1 og 5`)
    .max(5, `${capitalized(label)} skal være mellem 1 og 5`);
const optionalScale = (label: string) => z.preprocess((value) => (value === "" || value == null ? null : value), scale(label).nullable());

export const riskSchema = z
  .object({
    title: z.string().trim().min(3, "Titlen skal være mindst 3 tegn").max(160, "Titlen må højst være 160 tegn"),
    description: z.string().trim().max(2000, "Beskrivelsen må højst være 2000 tegn").default(""),
    category: z.enum(riskCategories, { error: "Vælg en kategori" }),
    probability: scale("sandsynlighed"),
    consequence: scale("konsekvens"),
    action: z.string().trim().max(2000, "Tiltaget må højst være 2000 tegn").default(""),
    ownerId: optionalId,
    residualProbability: optionalScale("rest-sandsynlighed"),
    residualConsequence: optionalScale("rest-konsekvens"),
    status: z.enum(["open", "closed"], { error: "Vælg en status" }).default("open"),
  })
  .superRefine((value, ctx) => {
    if ((value.probability >= 4 || value.consequence >= 4) && !value.action) {
      ctx.addIssue({ code: "custom", path: ["action"], message: "En høj risiko skal have et tiltag" });
    }
    if (value.residualProbability !== null && value.residualConsequence !== null && value.residualProbability * value.residualConsequence > value.probability * value.consequence) {
      ctx.addIssue({ code: "custom", path: ["residualProbability"], message: "Restrisikoen kan ikke være større end risikoen før tiltaget" });
    }
  });
export const riskEditSchema = riskSchema.and(z.object({ version }));

export const noSignificantRisksSchema = z.object({ noSignificantRisks: checkbox, version });

export const involvementSchema = z.object({
  date: isoDay("Datoen"),
  group: z.enum(involvementGroups, { error: "Vælg en gruppe" }),
  form: z.enum(involvementForms, { error: "Vælg en form" }),
  summary: z.string().trim().min(3, "Skriv kort, hvad der skete eller skal ske").max(2000, "Højst 2000 tegn"),
  outcome: z.string().trim().max(2000, "Højst 2000 tegn").default(""),
  state: z.enum(["planned", "done"], { error: "Vælg planlagt eller gennemført" }),
});
/** An edit is made on the version the form was opened with. */
export const involvementEditSchema = involvementSchema.extend({ version });
/** A delete carries the version the entry was shown with, and the user's tick that it is meant. */
export const involvementDeleteSchema = z.object({
  version,
  confirm: z.literal("on", { error: "Bekræft, at inddragelsen skal slettes" }),
});

const light = (label: string) => z.enum(lights, { error: `Vælg en farve for ${label}` });
const comment = z.string().trim().max(2000, "Kommentaren må højst være 2000 tegn").default("");
const reason = z.string().trim().max(1000, "Begrundelsen må højst være 1000 tegn").default("");

export const statusReportSchema = z.object({
  reportDate: isoDay("Rapportdatoen"),
  timeLight: light("tid"),
  timeComment: comment,
  timeOverrideReason: reason,
  economyLight: light("økonomi"),
  economyComment: comment,
  economyOverrideReason: reason,
  deliveryLight: light("leverance/kvalitet"),
  deliveryComment: comment,
  deliveryOverrideReason: reason,
  riskLight: light("risiko"),
  riskComment: comment,
  riskOverrideReason: reason,
  benefitsLight: light("gevinster"),
  benefitsComment: comment,
  benefitsOverrideReason: reason,
  overallLight: light("samlet status"),
  overallComment: comment,
  overallOverrideReason: reason,
  intent: z.enum(["draft", "publish"]).default("draft"),
});
export type StatusReportInput = z.infer<typeof statusReportSchema>;

export const gateRequestSchema = z.object({
  toPhase: z.enum(phases, { error: "Vælg den fase, projektet skal videre til" }),
  comment: z.string().trim().max(2000, "Højst 2000 tegn").default(""),
});

export const gateDecisionSchema = z
  .object({
    decision: z.enum(["approved", "rejected"], { error: "Vælg godkend eller afvis" }),
    comment: z.string().trim().max(2000, "Højst 2000 tegn").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "rejected" && value.comment.length < 3) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Skriv hvorfor porten afvises" });
    }
  });

export const phaseChangeSchema = z
  .object({
    toPhase: z.enum(phases, { error: "Vælg en fase" }),
    reason: z.string().trim().max(2000, "Højst 2000 tegn").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.toPhase === "stopped" && value.reason.length < 5) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Skriv hvorfor projektet stoppes" });
    }
  });
