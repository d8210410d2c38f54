import { z } from "zod";
import { ideaStatuses, triageStatuses } from "@/lib/codes";
import { optionalId, version } from "./common";

export const ideaSchema = z.object({
  title: z.string({ error: "Skriv en titel" }).trim().min(3, "Titlen skal være mindst 3 tegn").max(160, "Titlen må højst være 160 tegn"),
  description: z
    .string({ error: "Beskriv idéen" })
    .trim()
    .min(10, "Beskriv idéen med mindst 10 tegn")
    .max(4000, "Beskrivelsen må højst være 4000 tegn"),
  departmentId: optionalId,
});
export type IdeaInput = z.infer<typeof ideaSchema>;

export const ideaCommentSchema = z.object({
  body: z.string({ error: "Skriv en kommentar" }).trim().min(1, "Skriv en kommentar").max(2000, "Kommentaren må højst være 2000 tegn"),
});

export const ideaIdSchema = z.coerce.number({ error: "Ukendt idé" }).int().positive().max(Number.MAX_SAFE_INTEGER);

const optionalCode = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
  z.string().max(20, "Projektnummeret er for langt").regex(/^(DIG-\d{4}-\d{3,})?$/, "Skriv projektnummeret som DIG-2026-014").default(""),
);

export const ideaTriageSchema = z
  .object({
    status: z.enum(triageStatuses, { error: "Vælg en ny status" }),
    reason: z.string().trim().max(2000, "Begrundelsen må højst være 2000 tegn").default(""),
    zoneId: optionalId,
    projectCode: optionalCode,
    version,
  })
  .superRefine((value, ctx) => {
    if (value.status === "rejected" && value.reason.length < 3) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Skriv en begrundelse til forslagsstilleren (mindst 3 tegn)" });
    }
    if (value.status === "to_experiment" && !value.zoneId) {
      ctx.addIssue({ code: "custom", path: ["zoneId"], message: "Vælg det udviklingsrum, forsøget skal høre til" });
    }
  });
export type IdeaTriageInput = z.infer<typeof ideaTriageSchema>;

export const ideaSorts = ["votes", "newest"] as const;
export type IdeaSort = (typeof ideaSorts)[number];

export const ideaListSchema = z.object({
  sort: z.enum(ideaSorts).default("votes").catch("votes"),
  status: z.enum(ideaStatuses).optional().catch(undefined),
  /** A development zone's slug (`?rum=`): only the ideas linked to that zone. */
  rum: z.string().regex(/^[a-z0-9-]{1,120}$/).optional().catch(undefined),
});
export type IdeaListFilter = z.infer<typeof ideaListSchema>;

export function parseIdeaListFilter(searchParams: Record<string, string | string[] | undefined>): IdeaListFilter {
  const first = Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]);
  return ideaListSchema.parse(Object.fromEntries(first));
}
