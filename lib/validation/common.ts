import { z } from "zod";

/** "1.500.000", "1 500 000 kr." and "1500000" are all 1500000. */
export const krAmount = (label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/kr\.?/i, "").replace(/[\s.]/g, "").replace(",", ".") : value),
    z.coerce
      .number({ error: `${label} skal være et beløb i kr.` })
      .int(`${label} skal være et helt antal kr.`)
      .min(0, `${label} kan ikke være negativ`)
      .max(10_000_000_000, `${label} er urealistisk stort`),
  );

/** A real calendar day as YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const isoDay = (label: string) => z.string({ error: `${label} skal være en dato` }).refine(isCalendarDay, `${label} skal være en gyldig dato`);

export const optionalIsoDay = (label: string) =>
  z.preprocess((value) => (value === "" || value == null ? null : value), isoDay(label).nullable());

export const requiredId = (label: string) => z.coerce.number({ error: `Vælg ${label}` }).int().positive(`Vælg ${label}`);

export const optionalId = z.preprocess((value) => (value === "" || value == null ? null : value), z.coerce.number().int().positive().nullable());

export const idList = z.preprocess(
  (value) => (value == null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().positive()),
);

export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const version = z.coerce.number({ error: "Formularen mangler sin version; genindlæs siden" }).int().positive();
