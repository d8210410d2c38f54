import { z } from "zod";
import { inspirationSources } from "@/lib/codes";
import { inspirationSourceLabels } from "@/lib/domain/labels";
import { isoDay, optionalId } from "./common";

/** Only absolute http(s) addresses: no javascript:, data: or relative links. */
export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const sourceChoices = inspirationSources.map((source) => inspirationSourceLabels[source]).join(", ");

export const inspirationSchema = z.object({
  title: z.string({ error: "Skriv en titel" }).trim().min(3, "Titlen skal være mindst 3 tegn").max(160, "Titlen må højst være 160 tegn"),
  sourceKind: z.enum(inspirationSources, { error: `Vælg en kilde (${sourceChoices})` }),
  organisation: z
    .string({ error: "Skriv hvem I lærte af" })
    .trim()
    .min(2, "Skriv hvem I lærte af (mindst 2 tegn)")
    .max(160, "Organisationen må højst være 160 tegn"),
  date: isoDay("Datoen"),
  link: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value),
    z
      .string()
      .max(500, "Linket må højst være 500 tegn")
      .refine(isWebLink, "Linket skal være en fuld webadresse, der begynder med http:// eller https://")
      .nullable()
      .default(null),
  ),
  takeaway: z
    .string({ error: "Skriv hvad I tager med jer" })
    .trim()
    .min(10, "Skriv hvad I tager med jer (mindst 10 tegn)")
    .max(4000, "Udbyttet må højst være 4000 tegn"),
  zoneId: optionalId,
  projectId: optionalId,
});
export type InspirationInput = z.infer<typeof inspirationSchema>;

export const inspirationFilterSchema = z.object({
  source: z.enum(inspirationSources).optional().catch(undefined),
});
export type InspirationFilter = z.infer<typeof inspirationFilterSchema>;

export function parseInspirationFilter(searchParams: Record<string, string | string[] | undefined>): InspirationFilter {
  const source = searchParams.source;
  return inspirationFilterSchema.parse({ source: Array.isArray(source) ? source[0] : source });
}
