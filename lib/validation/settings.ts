import { z } from "zod";
import { roles, type Role } from "@/lib/codes";
import {
  checkboxFieldsMarker,
  checkboxSettingKeys,
  defaultSettings,
  rangeText,
  roleList,
  settingDefinitions,
  type SettingDefinition,
  type SettingKey,
  type Settings,
} from "@/lib/domain/settings";
import { hasNoMarkup, parseDanishNumber, version } from "./common";

const missingMessage = (label: string) => `Formularen mangler ${label.toLowerCase()}; genindlæs siden`;

/** An on/off setting: "1" (a checked box) or "0"; stored as 1 or 0. */
function switchSchema(label: string): z.ZodType<number> {
  return z.unknown().transform((value, context) => {
    if (value === "1" || value === 1) return 1;
    if (value === "0" || value === 0) return 0;
    context.addIssue({ code: "custom", message: value === undefined ? missingMessage(label) : `${label} skal være slået til eller fra` });
    return z.NEVER;
  });
}

/** The roles chosen by check boxes (one value per box; a value may also list codes separated by commas), stored as codes in role order. */
function rolesSchema(label: string): z.ZodType<string> {
  const choices = `Vælg blandt ${roleList(roles)}`;
  return z.unknown().transform((value, context) => {
    if (value === undefined) {
      context.addIssue({ code: "custom", message: missingMessage(label) });
      return z.NEVER;
    }
    const entries = (Array.isArray(value) ? value : [value]).map((entry) => (typeof entry === "string" ? entry : null));
    const words = entries.flatMap((entry) => (entry === null ? [null] : entry.split(",").map((word) => word.trim()).filter(Boolean)));
    if (words.some((word) => word === null || !(roles as readonly string[]).includes(word))) {
      context.addIssue({ code: "custom", message: `Ukendt rolle. ${choices}` });
      return z.NEVER;
    }
    return roles.filter((role: Role) => words.includes(role)).join(",");
  });
}

function fieldSchema(definition: SettingDefinition): z.ZodType<string | number> {
  if (definition.kind === "switch") return switchSchema(definition.label);
  if (definition.kind === "roles") return rolesSchema(definition.label);
  if (definition.kind === "text") {
    return z
      .string({ error: `Skriv ${definition.label.toLowerCase()}` })
      .trim()
      .min(definition.minLength, `${definition.label} skal være mindst ${definition.minLength} tegn`)
      .max(definition.maxLength, `${definition.label} må højst være ${definition.maxLength} tegn`)
      .refine(hasNoMarkup, `${definition.label} må ikke indeholde < eller >`);
  }
  const outOfRange = `${definition.label} skal ligge ${rangeText(definition)}`;
  return z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : parseDanishNumber(value.replace("%", ""))) : value),
    z.coerce
      .number({ error: `${definition.label} skal være et tal (${definition.unit})` })
      .refine(Number.isFinite, `${definition.label} skal være et tal (${definition.unit})`)
      .refine((value) => !definition.integer || Number.isInteger(value), `${definition.label} skal være et helt tal`)
      .refine((value) => value >= definition.min && value <= definition.max, outOfRange)
      .transform((value) => value / definition.scale),
  );
}

/**
 * An unchecked box posts nothing, so the form names its check-box settings in a hidden marker: one the marker
 * names but the post lacks is off (no role chosen). A setting neither posted nor named is missing, and refused.
 */
function withUncheckedBoxes(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  const marker = input[checkboxFieldsMarker];
  const carried = (Array.isArray(marker) ? marker : [marker]).flatMap((entry) => (typeof entry === "string" ? entry.split(",").map((name) => name.trim()) : []));
  const result = { ...input };
  for (const key of checkboxSettingKeys) {
    if (carried.includes(key) && result[key] === undefined) result[key] = settingDefinitions[key].kind === "switch" ? "0" : [];
  }
  return result;
}

const shape = Object.fromEntries(
  (Object.keys(defaultSettings) as SettingKey[]).map((key) => [key, fieldSchema(settingDefinitions[key])]),
) as Record<SettingKey, z.ZodType<string | number>>;

/** The whole settings form: every setting in form units (stored units after parsing) and the version it was opened on. */
export const settingsFormSchema = z
  .preprocess(
    withUncheckedBoxes,
    z.object({ ...shape, version }).superRefine((input, context) => {
      if (typeof input.timeRedMonths === "number" && typeof input.timeYellowMonths === "number" && input.timeRedMonths <= input.timeYellowMonths) {
        context.addIssue({ code: "custom", path: ["timeRedMonths"], message: "Grænsen for rød skal være større end grænsen for gul" });
      }
      if (typeof input.loginAccountMaxFailures === "number" && typeof input.loginMaxFailures === "number" && input.loginAccountMaxFailures < input.loginMaxFailures) {
        context.addIssue({ code: "custom", path: ["loginAccountMaxFailures"], message: "Grænsen pr. konto kan ikke være lavere end grænsen pr. konto og adresse" });
      }
    }),
  )
  .transform(({ version: openedOn, ...values }) => ({ version: openedOn, values: values as unknown as Settings }));

/** The municipality name alone, as the first onboarding step asks for it. */
export const municipalityNameSchema = z.object({
  municipalityName: fieldSchema(settingDefinitions.municipalityName) as z.ZodType<string>,
  /** The name the form showed, to refuse overwriting one saved meanwhile; without it the name is saved as before. */
  shownName: z.string().max(200).optional().catch(undefined),
});
