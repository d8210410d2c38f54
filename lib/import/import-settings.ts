import { z } from "zod";
import { benefitImportFields, projectImportFields, type ColumnMapping } from "@/lib/domain/import-mapping";

/**
 * The choices made between upload and apply, kept with the upload: which sheets, which column feeds which field,
 * and what to do with each unmatched department or person ("id:<n>" pick one, "create" a department, "skip" the rows).
 */
export type ValueChoice = `id:${number}` | "create" | "skip";

export type ImportSettings = {
  projectSheet: string | null;
  benefitSheet: string | null;
  projectMapping: ColumnMapping;
  benefitMapping: ColumnMapping;
  values: Record<string, ValueChoice>;
};

const mappingSchema = (fields: readonly string[]) =>
  z.record(z.string(), z.string().max(200)).transform((record) => Object.fromEntries(Object.entries(record).filter(([field, header]) => fields.includes(field) && header !== "")) as ColumnMapping);

export const importSettingsSchema = z.object({
  projectSheet: z.string().max(200).nullable().default(null),
  benefitSheet: z.string().max(200).nullable().default(null),
  projectMapping: mappingSchema(projectImportFields).default({}),
  benefitMapping: mappingSchema(benefitImportFields).default({}),
  values: z
    .record(z.string().max(300), z.string().regex(/^(id:\d+|create|skip)$/))
    .default({})
    .transform((record) => record as Record<string, ValueChoice>),
});

export function parseImportSettings(json: string): ImportSettings | null {
  try {
    const result = importSettingsSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** The key of a value choice: "department:<normalised name>" or "person:<normalised name or e-mail>". */
export const valueKey = (kind: "department" | "person", normalised: string) => `${kind}:${normalised}`;
