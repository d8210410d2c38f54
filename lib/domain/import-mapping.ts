import { normaliseName, type CellValue, cellText } from "./import-values";

/**
 * Which column of an imported sheet feeds which field: the fields Styrerum reads, their Danish labels, the header
 * names it recognises (Danish and English), finding the header row under a title row, and proposing a mapping.
 */

export const projectImportFields = [
  "code",
  "title",
  "summary",
  "department",
  "purpose",
  "phase",
  "light",
  "statusDate",
  "owner",
  "lead",
  "approvedBudgetKr",
  "spentKr",
  "baselineStart",
  "baselineEnd",
  "forecastEnd",
] as const;
export type ProjectImportField = (typeof projectImportFields)[number];

export const benefitImportFields = [
  "code",
  "benefitTitle",
  "benefitType",
  "benefitOwner",
  "indicator",
  "unit",
  "direction",
  "baselineValue",
  "baselineDate",
  "targetValue",
  "targetDate",
  "annualValueKr",
] as const;
export type BenefitImportField = (typeof benefitImportFields)[number];

export type ImportField = ProjectImportField | BenefitImportField;

export const importFieldLabels: Record<ImportField, string> = {
  code: "Nr. (projektkode)",
  title: "Titel",
  summary: "Beskrivelse",
  department: "Afdeling",
  purpose: "Formål",
  phase: "Fase",
  light: "Status (farve)",
  statusDate: "Statusdato",
  owner: "Projektejer",
  lead: "Projektleder",
  approvedBudgetKr: "Godkendt budget",
  spentKr: "Forbrugt",
  baselineStart: "Planlagt start",
  baselineEnd: "Planlagt slut",
  forecastEnd: "Forventet slut",
  benefitTitle: "Gevinst",
  benefitType: "Gevinsttype",
  benefitOwner: "Gevinstejer",
  indicator: "Indikator",
  unit: "Enhed",
  direction: "Retning",
  baselineValue: "Baseline",
  baselineDate: "Baselinedato",
  targetValue: "Mål",
  targetDate: "Måldato",
  annualValueKr: "Årlig værdi (kr.)",
};

/** Recognised header names per field, compared after normaliseName and without punctuation at the ends. */
const projectSynonyms: Record<ProjectImportField, string[]> = {
  code: ["nr", "nr.", "nummer", "projektnr", "projektnummer", "projektkode", "kode", "code", "project code", "id", "projekt id", "projekt-id"],
  title: ["titel", "title", "projektnavn", "projekt", "navn", "project name", "project", "name", "projekttitel"],
  summary: ["beskrivelse", "resume", "resumé", "description", "summary", "kort beskrivelse"],
  department: ["afdeling", "afd", "afd.", "department", "forvaltning", "omraade", "område", "fagomraade", "fagområde", "enhed"],
  purpose: ["formaal", "formål", "purpose", "formaalstype", "type"],
  phase: ["fase", "phase", "projektfase", "stage"],
  light: ["status", "rag", "statusfarve", "farve", "samlet status", "overall status", "trafiklys"],
  statusDate: ["statusdato", "status dato", "rapportdato", "status date", "report date", "dato for status"],
  owner: ["projektejer", "ejer", "owner", "project owner", "sponsor"],
  lead: ["projektleder", "leder", "lead", "project lead", "project manager", "pl"],
  approvedBudgetKr: ["budget", "godkendt budget", "approved budget", "budget (kr.)", "budget kr", "samlet budget", "bevilling"],
  spentKr: ["forbrug", "forbrugt", "spent", "forbrug (kr.)", "forbrugt (kr.)", "forbrug til dato", "actual", "actuals"],
  baselineStart: ["startdato", "start", "planlagt start", "start date", "opstart"],
  baselineEnd: ["slutdato", "planlagt slut", "end date", "slut", "planned end", "deadline"],
  forecastEnd: ["forventet slut", "forventet slutdato", "forecast end", "forecast", "prognose slut"],
};

const benefitSynonyms: Record<BenefitImportField, string[]> = {
  code: projectSynonyms.code,
  benefitTitle: ["gevinst", "gevinstnavn", "benefit", "benefit title", "gevinst titel"],
  benefitType: ["type", "gevinsttype", "benefit type"],
  benefitOwner: ["gevinstejer", "ejer", "benefit owner", "owner"],
  indicator: ["indikator", "indicator", "maaltal", "måltal", "kpi"],
  unit: ["enhed", "unit"],
  direction: ["retning", "direction", "gevinstretning", "benefit direction"],
  baselineValue: ["baseline", "baselineværdi", "baselinevaerdi", "baseline value"],
  baselineDate: ["baselinedato", "baseline dato", "baseline date"],
  targetValue: ["maal", "mål", "maalvaerdi", "målværdi", "target", "target value"],
  targetDate: ["maaldato", "måldato", "mål dato", "target date"],
  annualValueKr: ["aarlig vaerdi (kr.)", "årlig værdi (kr.)", "aarlig vaerdi", "årlig værdi", "annual value", "annual value (kr.)"],
};

function headerKey(header: string): string {
  return normaliseName(header).replace(/^[^\p{L}\p{N}]+|[\s:*]+$/gu, "");
}

function synonymIndex<F extends string>(synonyms: Record<F, string[]>): Map<string, F> {
  const index = new Map<string, F>();
  for (const [field, names] of Object.entries(synonyms) as [F, string[]][]) {
    for (const name of names) if (!index.has(headerKey(name))) index.set(headerKey(name), field);
  }
  return index;
}

const projectIndex = synonymIndex(projectSynonyms);
const benefitIndex = synonymIndex(benefitSynonyms);

export type SheetKind = "projects" | "benefits";

/** The field a header names on a sheet of this kind, if any. */
export function fieldForHeader(kind: SheetKind, header: string): ImportField | null {
  const key = headerKey(header);
  if (!key) return null;
  return (kind === "benefits" ? benefitIndex : projectIndex).get(key) ?? null;
}

/** How many different fields of either kind a row's cells name. */
export function recognisedHeaderCount(row: CellValue[]): { projects: number; benefits: number } {
  const count = (kind: SheetKind) => new Set(row.map((cell) => fieldForHeader(kind, cellText(cell))).filter(Boolean)).size;
  return { projects: count("projects"), benefits: count("benefits") };
}

/** A sheet of benefits names the benefit column ("Gevinst"); otherwise a sheet is read as projects. */
export function sheetKindOf(headers: string[]): SheetKind {
  return headers.some((header) => fieldForHeader("benefits", header) === "benefitTitle") ? "benefits" : "projects";
}

/** The header row: the first of the first 20 rows with at least 3 recognised headers (a title row above is skipped). */
export function findHeaderRow(rows: CellValue[][]): number | null {
  for (let index = 0; index < Math.min(rows.length, 20); index += 1) {
    const counts = recognisedHeaderCount(rows[index]);
    if (Math.max(counts.projects, counts.benefits) >= 3) return index;
  }
  return null;
}

/** Field → header text (as written in the sheet), or absent when no column feeds it. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

/** Proposes a mapping from the headers: each field takes the first header that names it. */
export function proposeMapping(kind: SheetKind, headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    const field = fieldForHeader(kind, header);
    if (field && !mapping[field]) mapping[field] = header;
  }
  return mapping;
}

/** A saved mapping applied to this sheet's headers: fields whose header is missing here are left out. */
export function reuseMapping(saved: ColumnMapping, headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const byKey = new Map(headers.map((header) => [headerKey(header), header]));
  for (const [field, header] of Object.entries(saved) as [ImportField, string][]) {
    const found = byKey.get(headerKey(header));
    if (found) mapping[field] = found;
  }
  return mapping;
}

export function fieldsOf(kind: SheetKind): readonly ImportField[] {
  return kind === "benefits" ? benefitImportFields : projectImportFields;
}
