import { benefitDirections, benefitTypes, phases, purposeTypes, type BenefitDirection, type BenefitType, type Light, type Phase, type PurposeType } from "@/lib/codes";
import { benefitDirectionLabels, benefitTypeLabels, lightLabels, phaseLabels, purposeLabels } from "@/lib/domain/labels";

/**
 * Reading the values of an imported spreadsheet cell: Danish dates and amounts written as text, phase, purpose,
 * benefit type and status colour words. Pure; every function answers a value or a Danish reason.
 */

/** A cell as read from the file: its typed value (text, number, day as yyyy-mm-dd) or the reason it cannot be read. */
export type CellValue = { kind: "empty" } | { kind: "text"; text: string } | { kind: "number"; value: number } | { kind: "date"; day: string } | { kind: "error"; reason: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Lower case, no diacritics (æ, ø, å kept apart from a, o), single spaces: how names and words are compared. */
export function normaliseName(value: string): string {
  return value
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

export function cellText(cell: CellValue): string {
  switch (cell.kind) {
    case "text":
      return cell.text.trim();
    case "number":
      return String(cell.value);
    case "date":
      return cell.day;
    default:
      return "";
  }
}

export function isBlank(cell: CellValue): boolean {
  return cell.kind === "empty" || (cell.kind === "text" && cell.text.trim() === "");
}

function validDay(year: number, month: number, day: number): string | null {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** A day from a real date or Danish text: 31-12-2026, 31.12.2026, 31/12/2026, 2026-12-31 (two-digit years are 20xx). */
export function parseDanishDate(cell: CellValue): Parsed<string | null> {
  if (isBlank(cell)) return ok(null);
  if (cell.kind === "error") return fail(cell.reason);
  if (cell.kind === "date") return ok(cell.day);
  if (cell.kind === "number") {
    // An Excel serial day that was not formatted as a date.
    if (cell.value > 20000 && cell.value < 80000 && Number.isInteger(cell.value)) {
      return ok(new Date(Date.UTC(1899, 11, 30) + cell.value * 86_400_000).toISOString().slice(0, 10));
    }
    return fail(`"${cell.value}" er ikke en dato (skriv fx 31-12-2026)`);
  }
  if (cell.kind === "empty") return ok(null);
  const text = cell.text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) {
    const day = validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day ? ok(day) : fail(`"${text}" er ikke en gyldig dato`);
  }
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(text);
  if (danish) {
    const year = danish[3].length === 2 ? 2000 + Number(danish[3]) : Number(danish[3]);
    const day = validDay(year, Number(danish[2]), Number(danish[1]));
    return day ? ok(day) : fail(`"${text}" er ikke en gyldig dato`);
  }
  return fail(`"${text}" er ikke en dato (skriv fx 31-12-2026)`);
}

/** A Danish number: "." groups thousands, "," is the decimal mark ("1.250.000", "1,25"); a lone "." with 1–2 decimals is a decimal mark. */
export function parseDanishNumber(text: string): number | null {
  let value = text.replace(/[\s\u00a0]/g, "");
  if (!/^[-+]?[\d.,]+$/.test(value) || !/\d/.test(value)) return null;
  if (value.includes(",")) {
    value = value.replace(/\./g, "").replace(",", ".");
  } else if (/^[-+]?\d{1,3}(\.\d{3})+$/.test(value)) {
    value = value.replace(/\./g, "");
  }
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

const amountUnits: [RegExp, number][] = [
  [/\s*(mia\.?|milliard(?:er)?)(\s*kr\.?)?$/, 1_000_000_000],
  [/\s*(mio\.?|million(?:er)?|mill\.?)(\s*kr\.?)?$/, 1_000_000],
  [/\s*(t\.?\s*kr\.?|tkr\.?|tusind(\s*kr\.?)?)$/, 1_000],
];

/** An amount in whole kroner from a number or Danish text: "1.250.000 kr.", "1,25 mio.", "500 t.kr.", "kr. 2.000". */
export function parseDanishAmount(cell: CellValue): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  if (cell.kind === "error") return fail(cell.reason);
  if (cell.kind === "number") return checkAmount(cell.value, String(cell.value));
  if (cell.kind === "date") return fail(`"${cell.day}" er et beløb som dato; skriv beløbet i kr.`);
  if (cell.kind === "empty") return ok(null);
  const original = cell.text.trim();
  let text = original.toLowerCase().replace(/^(kr\.?|dkk)\s*/, "").trim();
  let factor = 1;
  for (const [pattern, unitFactor] of amountUnits) {
    if (pattern.test(text)) {
      factor = unitFactor;
      text = text.replace(pattern, "").trim();
      break;
    }
  }
  text = text.replace(/\s*(dkk|kr\.?|,-|\.-)$/, "").trim();
  const number = parseDanishNumber(text);
  if (number === null) return fail(`"${original}" er ikke et beløb (skriv fx 1.250.000 kr. eller 1,25 mio.)`);
  return checkAmount(number * factor, original);
}

function checkAmount(value: number, original: string): Parsed<number | null> {
  if (value < 0) return fail(`"${original}" er negativt; et beløb skal være 0 kr. eller mere`);
  if (value > 100_000_000_000) return fail(`"${original}" er for stort et beløb`);
  return ok(Math.round(value));
}

/** A measurement value (baseline, target): a number or Danish decimal text. */
export function parseDanishDecimal(cell: CellValue): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  if (cell.kind === "error") return fail(cell.reason);
  if (cell.kind === "number") return ok(cell.value);
  const text = cellText(cell);
  const number = parseDanishNumber(text.replace(/%$/, ""));
  return number === null ? fail(`"${text}" er ikke et tal`) : ok(number);
}

function lookup<T extends string>(words: Record<string, T>, labels: Record<T, string>, cell: CellValue, what: string): Parsed<T | null> {
  if (isBlank(cell)) return ok(null);
  if (cell.kind === "error") return fail(cell.reason);
  const text = cellText(cell);
  const key = normaliseName(text);
  const byLabel = (Object.entries(labels) as [T, string][]).find(([, label]) => normaliseName(label) === key);
  const value = byLabel?.[0] ?? words[key];
  if (value) return ok(value);
  return fail(`"${text}" er ikke ${what} (${Object.values<string>(labels).join(", ")})`);
}

const phaseWords: Record<string, Phase> = {
  ide: "idea",
  idea: "idea",
  analyse: "analysis",
  analysis: "analysis",
  afproevning: "trial",
  pilot: "trial",
  trial: "trial",
  proof: "trial",
  implementation: "implementation",
  implementering: "implementation",
  udrulning: "implementation",
  drift: "realisation",
  realisering: "realisation",
  realisation: "realisation",
  benefits: "realisation",
  afsluttet: "closed",
  lukket: "closed",
  closed: "closed",
  done: "closed",
  stoppet: "stopped",
  stopped: "stopped",
  annulleret: "stopped",
};
for (const phase of phases) phaseWords[phase] = phase;

export function parsePhase(cell: CellValue): Parsed<Phase | null> {
  return lookup(phaseWords, phaseLabels, cell, "en fase");
}

const purposeWords: Record<string, PurposeType> = {
  effektivisering: "efficiency",
  efficiency: "efficiency",
  "ny service": "new_service",
  "new service": "new_service",
  kvalitet: "quality",
  quality: "quality",
  kommunikation: "communication",
  communication: "communication",
  lovkrav: "compliance",
  compliance: "compliance",
  lovgivning: "compliance",
};
for (const purpose of purposeTypes) purposeWords[purpose] = purpose;

export function parsePurpose(cell: CellValue): Parsed<PurposeType | null> {
  return lookup(purposeWords, purposeLabels, cell, "et formål");
}

const benefitTypeWords: Record<string, BenefitType> = {
  oekonomisk: "economic_cash",
  budgetvirkende: "economic_cash",
  "frigjort tid": "economic_time",
  tid: "economic_time",
  kvalitet: "quality",
  borgeroplevelse: "citizen",
  borger: "citizen",
  arbejdsmiljoe: "work_environment",
};
for (const type of benefitTypes) benefitTypeWords[type] = type;

export function parseBenefitType(cell: CellValue): Parsed<BenefitType | null> {
  return lookup(benefitTypeWords, benefitTypeLabels, cell, "en gevinsttype");
}

const benefitDirectionWords: Record<string, BenefitDirection> = {
  op: "up",
  up: "up",
  "skal op": "up",
  "hoejere er bedre": "up",
  hoejere: "up",
  "higher is better": "up",
  ned: "down",
  down: "down",
  "skal ned": "down",
  "lavere er bedre": "down",
  lavere: "down",
  "lower is better": "down",
};
for (const direction of benefitDirections) benefitDirectionWords[direction] = direction;

/** A benefit's direction: the labels (Tallet skal op/ned), Op/Ned, Up/Down or Højere/Lavere er bedre; blank is none. */
export function parseBenefitDirection(cell: CellValue): Parsed<BenefitDirection | null> {
  const result = lookup(benefitDirectionWords, benefitDirectionLabels, cell, "en retning");
  if (result.ok || cell.kind === "error") return result;
  return fail(`"${cellText(cell)}" er ikke en retning; skriv ${benefitDirectionLabels.up} eller ${benefitDirectionLabels.down} (eller Op/Ned, Højere er bedre/Lavere er bedre)`);
}

const lightWords: Record<string, Light> = {
  groen: "green",
  green: "green",
  g: "green",
  gul: "yellow",
  yellow: "yellow",
  amber: "yellow",
  orange: "yellow",
  y: "yellow",
  a: "yellow",
  roed: "red",
  red: "red",
  r: "red",
};

/** "Ingen status" (and blank) mean no status colour. */
const noStatusWords = new Set(["ingen status", "ingen", "none", "-"]);

/** A status colour: Grøn/Gul/Rød, G/Y/R, Green/Amber/Red; blank or "Ingen status" is none. */
export function parseLight(cell: CellValue): Parsed<Light | null> {
  if (cell.kind !== "error" && noStatusWords.has(normaliseName(cellText(cell)))) return ok(null);
  return lookup(lightWords, lightLabels, cell, "en statusfarve");
}
