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

export const isoDay = (label: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label} skal være en dato`).refine((value) => !Number.isNaN(Date.parse(value)), `${label} er ikke en gyldig dato`);

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
