import { z } from "zod";
import { defaultSettings, isOnOff, rangeText, settingDefinitions, type SettingDefinition, type SettingKey, type Settings } from "@/lib/domain/settings";
import { unknownRoleWords } from "@/lib/domain/two-factor";
import { hasNoMarkup, parseDanishNumber, version } from "./common";

function fieldSchema(definition: SettingDefinition): z.ZodType<string | number> {
  if (definition.kind === "text") {
    return z
      .string({ error: `Skriv ${definition.label.toLowerCase()}` })
      .trim()
      .min(definition.minLength, `${definition.label} skal være mindst ${definition.minLength} tegn`)
      .max(definition.maxLength, `${definition.label} må højst være ${definition.maxLength} tegn`)
      .refine(hasNoMarkup, `${definition.label} må ikke indeholde < eller >`);
  }
  const outOfRange = `${definition.label} skal ${isOnOff(definition) ? "være" : "ligge"} ${rangeText(definition)}`;
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

const shape = Object.fromEntries(
  (Object.keys(defaultSettings) as SettingKey[]).map((key) => [key, fieldSchema(settingDefinitions[key])]),
) as Record<SettingKey, z.ZodType<string | number>>;

/** The whole settings form: every setting in form units (stored units after parsing) and the version it was opened on. */
export const settingsFormSchema = z
  .object({ ...shape, version })
  .superRefine((input, context) => {
    const roleList = input.requireTwoFactorRoles;
    // A list already refused as too long gets only that message.
    const roleListChecked = typeof roleList === "string" && roleList.length <= (settingDefinitions.requireTwoFactorRoles as { maxLength: number }).maxLength;
    const unknownRoles = roleListChecked ? unknownRoleWords(roleList) : [];
    if (unknownRoles.length > 0) {
      context.addIssue({ code: "custom", path: ["requireTwoFactorRoles"], message: `Ukendt rolle: ${unknownRoles.join(", ")}. Brug Direktør, Afdelingschef, Medarbejder eller Administrator` });
    }
    if (typeof input.timeRedMonths === "number" && typeof input.timeYellowMonths === "number" && input.timeRedMonths <= input.timeYellowMonths) {
      context.addIssue({ code: "custom", path: ["timeRedMonths"], message: "Grænsen for rød skal være større end grænsen for gul" });
    }
    if (typeof input.loginAccountMaxFailures === "number" && typeof input.loginMaxFailures === "number" && input.loginAccountMaxFailures < input.loginMaxFailures) {
      context.addIssue({ code: "custom", path: ["loginAccountMaxFailures"], message: "Grænsen pr. konto kan ikke være lavere end grænsen pr. konto og adresse" });
    }
  })
  .transform(({ version: openedOn, ...values }) => ({ version: openedOn, values: values as unknown as Settings }));

/** The municipality name alone, as the first onboarding step asks for it. */
export const municipalityNameSchema = z.object({
  municipalityName: fieldSchema(settingDefinitions.municipalityName) as z.ZodType<string>,
  /** The name the form showed, to refuse overwriting one saved meanwhile; without it the name is saved as before. */
  shownName: z.string().max(200).optional().catch(undefined),
});
