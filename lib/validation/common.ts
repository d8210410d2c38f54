import { z } from "zod";

/** The calendar the portal accepts: anything outside is a typing error (year 20026, 1900 …). */
export const earliestDay = "2000-01-01";
export const latestDay = "2100-12-31";
const dayRangeText = "mellem 01.01.2000 og 31.12.2100";

/** The largest amount in kr. the portal accepts (100 mia. kr.). */
export const maxKr = 100_000_000_000;
/** Measured values, baselines and targets stay within ±10¹². */
export const maxMeasurementValue = 1_000_000_000_000;

/** Control characters (NUL, ESC, DEL, C1 …) that no form field may carry; tab, line feed and carriage return stay. */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Strips control characters from a text value, and from every text inside arrays and plain objects. */
export function stripControlCharacters<T>(value: T): T {
  if (typeof value === "string") return value.replace(controlCharacters, "") as T;
  if (Array.isArray(value)) return value.map((item) => stripControlCharacters(item)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripControlCharacters(item)])) as T;
  }
  return value;
}

/** Markup brackets, which no name (of a department, of the municipality) ever contains. */
export const hasNoMarkup = (value: string) => !/[<>]/.test(value);

const blank = (value: unknown) => value == null || (typeof value === "string" && value.trim() === "");

/**
 * Danish number input as text a number parser understands: "12,5" is 12.5; "1.200" and "1.200,5" use dots for
 * thousands; "1 500 000 kr." is 1500000; "12.5" is accepted too. Anything else is left for the parser to refuse.
 */
export function parseDanishNumber(value: string): string {
  const compact = value
    .replace(/kr\.?/gi, "")
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^\u2212/, "-");
  if (compact.includes(",")) return compact.replace(/\./g, "").replace(",", ".");
  if (/^-?\d{1,3}(\.\d{3})+$/.test(compact)) return compact.replace(/\./g, "");
  return compact;
}

const danishNumberText = (value: unknown) => (typeof value === "string" ? parseDanishNumber(value) : value);

const krNumber = (label: string) =>
  z.coerce
    .number({ error: `${label} skal være et beløb i kr.` })
    .refine(Number.isFinite, `${label} skal være et beløb i kr.`)
    .refine(Number.isInteger, `${label} skal være et helt antal kr.`)
    .refine((value) => value >= 0, `${label} kan ikke være under 0 kr.`)
    .refine((value) => value <= maxKr, `${label} skal ligge mellem 0 og 100.000.000.000 kr.`);

/** A required amount in kr.: "1.500.000", "1 500 000 kr." and "1500000" are all 1500000; 0–100 mia. kr. */
export const krAmount = (label: string) => z.preprocess(danishNumberText, krNumber(label));

/** An amount in kr. that may be left blank (null). */
export const optionalKrAmount = (label: string) =>
  z.preprocess((value) => (blank(value) ? null : danishNumberText(value)), krNumber(label).nullable());

const valueNumber = (label: string) =>
  z.coerce
    .number({ error: `${label} skal være et tal` })
    .refine(Number.isFinite, `${label} skal være et tal`)
    .refine((value) => Math.abs(value) <= maxMeasurementValue, `${label} skal ligge mellem -1.000.000.000.000 og 1.000.000.000.000`);

/** A measured value (or a baseline or target): a finite number within ±10¹², decimal comma allowed. */
export const measurementValue = (label: string) =>
  z.preprocess((value) => (blank(value) ? undefined : danishNumberText(value)), valueNumber(label));

/** A measured value that may be left blank (null). */
export const optionalMeasurementValue = (label: string) =>
  z.preprocess((value) => (blank(value) ? null : danishNumberText(value)), valueNumber(label).nullable());

/** A percentage from 0 to 100, decimal comma allowed. */
export const percentage = (label: string) =>
  z.preprocess(
    (value) => (blank(value) ? undefined : typeof value === "string" ? parseDanishNumber(value.replace("%", "")) : value),
    z.coerce
      .number({ error: `${label} skal være en procentsats` })
      .refine(Number.isFinite, `${label} skal være en procentsats`)
      .refine((value) => value >= 0 && value <= 100, `${label} skal ligge mellem 0 og 100 %`),
  );

/** A real calendar day as YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar day between 2000-01-01 and 2100-12-31. */
export function isPlausibleDay(value: string): boolean {
  return value >= earliestDay && value <= latestDay;
}

export const isoDay = (label: string) =>
  z
    .string({ error: `${label} skal være en dato` })
    .trim()
    .refine(isCalendarDay, `${label} skal være en gyldig dato`)
    .refine((value) => !isCalendarDay(value) || isPlausibleDay(value), `${label} skal ligge ${dayRangeText}`);

export const optionalIsoDay = (label: string) =>
  z.preprocess((value) => (blank(value) ? null : value), isoDay(label).nullable());

export const requiredId = (label: string) =>
  z.coerce
    .number({ error: `Vælg ${label}` })
    .int(`Vælg ${label}`)
    .positive(`Vælg ${label}`);

export const optionalId = z.preprocess(
  (value) => (blank(value) ? null : value),
  z.coerce.number({ error: "Vælg en gyldig værdi" }).int("Vælg en gyldig værdi").positive("Vælg en gyldig værdi").nullable(),
);

export const idList = z.preprocess(
  (value) => (value == null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number({ error: "Vælg en gyldig værdi" }).int("Vælg en gyldig værdi").positive("Vælg en gyldig værdi")),
);

export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** The version a button (remove, delete) was shown with; a form from before it carried one has none, and is not checked. */
export const optionalVersion = z.object({ version: z.coerce.number({ message: "Ugyldig version" }).int("Ugyldig version").positive("Ugyldig version").optional() });

export const version = z.coerce
  .number({ error: "Formularen mangler sin version; genindlæs siden" })
  .int("Formularen mangler sin version; genindlæs siden")
  .positive("Formularen mangler sin version; genindlæs siden");
