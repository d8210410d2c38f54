import { z } from "zod";
import { departmentKinds } from "@/lib/codes";
import { hasNoMarkup, optionalId, requiredId, version } from "./common";

export const departmentSchema = z.object({
  name: z
    .string({ error: "Skriv afdelingens navn" })
    .trim()
    .min(2, "Navnet skal være mindst 2 tegn")
    .max(120, "Navnet må højst være 120 tegn")
    .refine(hasNoMarkup, "Navnet må ikke indeholde < eller >"),
  shortName: z
    .string({ error: "Skriv en forkortelse" })
    .trim()
    .min(1, "Skriv en forkortelse")
    .max(12, "Forkortelsen må højst være 12 tegn")
    .refine(hasNoMarkup, "Forkortelsen må ikke indeholde < eller >"),
  kind: z.enum(departmentKinds, { error: "Vælg fagområde eller stab" }),
  headUserId: optionalId,
  responsibleDirectorId: optionalId,
});
export type DepartmentInput = z.infer<typeof departmentSchema>;

/** An edit names the version the form was opened with. */
export const departmentEditSchema = departmentSchema.extend({ version });

export const departmentId = z.coerce.number().int().positive();

export const mergeDepartmentsSchema = z
  .object({
    fromId: requiredId("den afdeling, der lægges sammen"),
    intoId: requiredId("den afdeling, der lægges sammen med"),
    confirm: z.literal("on", { error: "Bekræft sammenlægningen" }),
  })
  .refine((input) => input.fromId !== input.intoId, { path: ["intoId"], message: "Vælg to forskellige afdelinger" });

/** Department names typed one per line, as onboarding takes them: blank lines are skipped, at most 100. */
export const departmentLinesSchema = z.object({
  departments: z
    .string({ error: "Skriv mindst én afdeling" })
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .min(2, "Hvert navn skal være mindst 2 tegn")
            .max(120, "Hvert navn må højst være 120 tegn")
            .refine(hasNoMarkup, "Et navn må ikke indeholde < eller >"),
        )
        .min(1, "Skriv mindst én afdeling")
        .max(100, "Skriv højst 100 afdelinger ad gangen")
        .refine((names) => new Set(names.map((name) => name.toLocaleLowerCase("da-DK"))).size === names.length, "Samme navn står flere gange"),
    ),
});
