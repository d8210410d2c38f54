import { z } from "zod";
import { checkbox, krAmount, optionalId, requiredId, version } from "./common";

export const zoneSchema = z.object({
  name: z.string({ error: "Skriv et navn" }).trim().min(3, "Navnet skal være mindst 3 tegn").max(120, "Navnet må højst være 120 tegn"),
  theme: z.string().trim().max(160, "Temaet må højst være 160 tegn").default(""),
  purpose: z.string().trim().max(4000, "Formålet må højst være 4000 tegn").default(""),
  strategyGoalId: optionalId,
  sponsorId: requiredId("en sponsor i direktionen"),
  leadId: requiredId("en rumleder"),
  cadence: z.string().trim().max(120, "Mødekadencen må højst være 120 tegn").default(""),
  riskFrameKr: krAmount("Risikorammen"),
});
export type ZoneInput = z.infer<typeof zoneSchema>;

/** An edit: a zone lead's form leaves out the sponsor and the risk frame, which only the sponsor changes (absent = kept). */
export const zoneEditSchema = zoneSchema.extend({
  sponsorId: zoneSchema.shape.sponsorId.optional(),
  riskFrameKr: zoneSchema.shape.riskFrameKr.optional(),
  status: z.enum(["active", "closed"], { error: "Vælg aktiv eller lukket" }),
  version,
});
export type ZoneEditInput = z.infer<typeof zoneEditSchema>;

export const zoneMemberSchema = z.object({ userId: requiredId("en bruger"), isMedRepresentative: checkbox });

export const zoneMemberRefSchema = z.object({ userId: requiredId("en bruger") });

/** Routes under /zones that a slug must never shadow. */
export const reservedZoneSlugs = new Set(["new", "radar"]);

const danishLetters: Record<string, string> = { æ: "ae", ø: "oe", å: "aa" };

/** "Borgerservice & Selvbetjening" → "borgerservice-selvbetjening"; æ, ø and å become ae, oe and aa. */
export function zoneSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => danishLetters[letter])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "rum";
}

/** The slug itself when free and not reserved, else the first free "-2", "-3", … */
export function uniqueZoneSlug(base: string, taken: (slug: string) => boolean): string {
  const free = (slug: string) => !reservedZoneSlugs.has(slug) && !taken(slug);
  if (free(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (free(candidate)) return candidate;
  }
}
