import { z } from "zod";
import { isCalendarDay } from "./common";
import type { SearchParams } from "./pagination";

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

/** Name and title: the two fields of their profile a user edits; `updatedAt` is the form's version. */
export const profileSchema = z.object({
  name: z
    .string({ error: "Skriv dit navn" })
    .trim()
    .min(2, "Navnet skal være mindst 2 tegn")
    .max(120, "Navnet må højst være 120 tegn"),
  title: z.string().trim().max(120, "Stillingsbetegnelsen må højst være 120 tegn").default(""),
  updatedAt: z.string({ error: "Formularen mangler sin version; genindlæs siden" }).min(1, "Formularen mangler sin version; genindlæs siden"),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string({ error: "Skriv din nuværende adgangskode" }).min(1, "Skriv din nuværende adgangskode").max(maxPasswordLength),
    newPassword: z
      .string({ error: "Skriv en ny adgangskode" })
      .min(minPasswordLength, `Den nye adgangskode skal være mindst ${minPasswordLength} tegn`)
      .max(maxPasswordLength, `Den nye adgangskode må højst være ${maxPasswordLength} tegn`),
    confirmPassword: z.string({ error: "Gentag den nye adgangskode" }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "De to nye adgangskoder er ikke ens" })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "Den nye adgangskode skal være en anden end den nuværende" });

export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

/** A session as forms name it: a digest of its id, never the id that the sign-in token carries. */
export const sessionHandleSchema = z.object({
  session: z.string({ error: "Vælg en session" }).regex(/^[0-9a-f]{32}$/, "Vælg en session"),
});

export const adminSessionSchema = sessionHandleSchema.extend({
  userId: z.coerce.number({ error: "Vælg en bruger" }).int("Vælg en bruger").positive("Vælg en bruger"),
});

export const userSessionsSchema = z.object({
  userId: z.coerce.number({ error: "Vælg en bruger" }).int("Vælg en bruger").positive("Vælg en bruger"),
});

/** The audit log's filters, from the page's search parameters or the export's query string. */
export type AuditFilter = {
  actorId: number | null;
  action: string | null;
  objectType: string | null;
  from: string | null;
  to: string | null;
};

const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : value) ?? undefined;
const optionalCode = z
  .string()
  .trim()
  .regex(/^[a-z_]+(\.[a-z_]+)?$/)
  .max(80)
  .nullable()
  .catch(null);
const optionalDay = z
  .string()
  .trim()
  .refine(isCalendarDay)
  .nullable()
  .catch(null);

export function parseAuditFilter(params: SearchParams | URLSearchParams): AuditFilter {
  const get = (key: string) => {
    const raw = params instanceof URLSearchParams ? params.get(key) : first(params[key]);
    return raw === undefined || raw === null || raw === "" ? null : raw;
  };
  const actor = z.coerce.number().int().positive().nullable().catch(null).parse(get("person"));
  return {
    actorId: actor,
    action: optionalCode.parse(get("handling")),
    objectType: optionalCode.parse(get("type")),
    from: optionalDay.parse(get("fra")),
    to: optionalDay.parse(get("til")),
  };
}

/** The filter as a query string, for the export link and the page links. */
export function auditFilterQuery(filter: AuditFilter): string {
  const query = new URLSearchParams();
  if (filter.actorId) query.set("person", String(filter.actorId));
  if (filter.action) query.set("handling", filter.action);
  if (filter.objectType) query.set("type", filter.objectType);
  if (filter.from) query.set("fra", filter.from);
  if (filter.to) query.set("til", filter.to);
  return query.toString();
}
