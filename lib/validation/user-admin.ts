import { z } from "zod";
import { roles } from "@/lib/codes";
import { roleLabels } from "@/lib/domain/labels";
import { optionalId } from "./common";
import type { SearchParams } from "./pagination";

const roleChoices = roles.map((role) => roleLabels[role]).join(", ");

export const userName = z
  .string({ error: "Skriv brugerens navn" })
  .trim()
  .min(2, "Navnet skal være mindst 2 tegn")
  .max(120, "Navnet må højst være 120 tegn");

export const userEmail = z
  .string({ error: "Skriv en e-mailadresse" })
  .trim()
  .toLowerCase()
  .max(254, "E-mailadressen må højst være 254 tegn")
  .pipe(z.email({ error: "Skriv en gyldig e-mailadresse, fx navn@kommune.dk" }));

export const userTitle = z.string().trim().max(120, "Titlen må højst være 120 tegn").default("");

export const userRole = z.enum(roles, { error: `Vælg en rolle (${roleChoices})` });

const userFields = { name: userName, title: userTitle, role: userRole, departmentId: optionalId };

export const createUserSchema = z.object({ ...userFields, email: userEmail });
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** An edit carries as `version` the user's `updatedAt` when the form was opened; a newer one refuses the save. */
export const editUserSchema = z.object({
  ...userFields,
  email: userEmail,
  version: z.string({ error: "Formularen mangler sin version; genindlæs siden" }).min(1, "Formularen mangler sin version; genindlæs siden"),
});
export type EditUserInput = z.infer<typeof editUserSchema>;

export const userId = z.coerce.number().int().positive();

export const minPasswordLength = 12;

export const setPasswordSchema = z
  .object({
    password: z
      .string({ error: "Skriv en adgangskode" })
      .min(minPasswordLength, `Adgangskoden skal være mindst ${minPasswordLength} tegn`)
      .max(200, "Adgangskoden må højst være 200 tegn"),
    confirm: z.string({ error: "Gentag adgangskoden" }),
  })
  .refine((input) => input.password === input.confirm, { path: ["confirm"], message: "De to adgangskoder er ikke ens" });


// The list's filters

export const activeFilters = ["all", "active", "inactive"] as const;
export type UserListFilter = {
  q: string;
  role: (typeof roles)[number] | null;
  departmentId: number | null;
  active: (typeof activeFilters)[number];
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** `?q=&role=&department=&active=` of the user list; anything unknown means "no filter". */
export function parseUserListFilter(params: SearchParams): UserListFilter {
  return {
    q: z.string().trim().max(120).catch("").parse(first(params.q) ?? ""),
    role: userRole.nullable().catch(null).parse(first(params.role) ?? null),
    departmentId: z.coerce.number().int().positive().nullable().catch(null).parse(first(params.department) || null),
    active: z.enum(activeFilters).catch("all").parse(first(params.active) ?? "all"),
  };
}
