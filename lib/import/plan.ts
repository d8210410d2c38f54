import type { BenefitDirection, BenefitType, Light, Phase, PurposeType, Role } from "@/lib/codes";
import { isBaselineLocked, lockedFieldChanges, targetDirectionError } from "@/lib/domain/benefit-rules";
import { importFieldLabels, type ColumnMapping, type ImportField } from "@/lib/domain/import-mapping";
import {
  cellText,
  normaliseName,
  parseBenefitDirection,
  parseBenefitType,
  parseDanishAmount,
  parseDanishDate,
  parseDanishDecimal,
  parseLight,
  parsePhase,
  parsePurpose,
  type CellValue,
  type Parsed,
} from "@/lib/domain/import-values";
import { benefitDirectionLabels, benefitTypeLabels, lightLabels, phaseLabels, purposeLabels } from "@/lib/domain/labels";
import { formatDate, formatKr } from "@/lib/format";
import { valueKey, type ImportSettings } from "./import-settings";
import { cellAt, type SheetTable } from "./sheet-table";

/**
 * The preview of an import: every row of the chosen sheets classified as new, changed (with old → new per field),
 * unchanged, error (with a Danish reason per cell) or skipped, computed from the sheet and the portal's current data.
 * Apply recomputes the same plan inside its transaction and writes what it says.
 */

export type ImportContext = {
  actorRole: Role;
  today: string;
  departments: { id: number; name: string; shortName: string; active: boolean }[];
  people: { id: number; name: string; email: string; active: boolean }[];
  projects: ProjectSnapshot[];
  benefits: BenefitSnapshot[];
};

export type ProjectSnapshot = {
  id: number;
  code: string;
  title: string;
  summary: string;
  purpose: PurposeType;
  departmentId: number;
  phase: Phase;
  ownerId: number;
  leadId: number;
  approvedBudgetKr: number;
  spentKr: number;
  baselineStart: string | null;
  baselineEnd: string | null;
  forecastEnd: string | null;
  latestLight: Light | null;
  pendingChangeRequest: boolean;
};

export type BenefitSnapshot = {
  id: number;
  projectId: number;
  title: string;
  type: BenefitType;
  ownerId: number | null;
  indicator: string;
  unit: string;
  direction: BenefitDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  annualValueKr: number | null;
};

export type RowStatus = "new" | "changed" | "unchanged" | "error" | "skipped";
export type FieldChangeView = { field: string; label: string; from: string; to: string; viaRequest?: boolean };
export type CellError = { column: string; reason: string };

export type ProjectValues = Partial<{
  code: string;
  title: string;
  summary: string;
  departmentId: number;
  purpose: PurposeType;
  phase: Phase;
  ownerId: number;
  leadId: number;
  approvedBudgetKr: number;
  spentKr: number;
  baselineStart: string;
  baselineEnd: string;
  forecastEnd: string;
}>;

export type ProjectRowPlan = {
  kind: "projects";
  sheetRow: number;
  status: RowStatus;
  label: string;
  project: ProjectSnapshot | null;
  /** A new department to create first (admins only), by its name in the sheet. */
  createDepartment: string | null;
  values: ProjectValues;
  light: { light: Light; reportDate: string } | null;
  changes: FieldChangeView[];
  errors: CellError[];
};

export type BenefitValues = Partial<{
  title: string;
  type: BenefitType;
  ownerId: number;
  indicator: string;
  unit: string;
  direction: BenefitDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  annualValueKr: number;
}>;

export type BenefitRowPlan = {
  kind: "benefits";
  sheetRow: number;
  status: RowStatus;
  label: string;
  projectCode: string;
  benefit: BenefitSnapshot | null;
  values: BenefitValues;
  changes: FieldChangeView[];
  errors: CellError[];
  /** What the import assumes for the row, said in the preview without stopping it. */
  notes: string[];
};

export type UnmatchedValue = { key: string; kind: "department" | "person"; text: string; rows: number[] };

export type ImportCounts = Record<RowStatus, number>;

export type ImportPlan = {
  projectRows: ProjectRowPlan[];
  benefitRows: BenefitRowPlan[];
  unmatched: UnmatchedValue[];
  counts: ImportCounts;
};

const controlledFields = new Set(["approvedBudgetKr", "baselineStart", "baselineEnd", "departmentId", "ownerId", "phase"]);

type Resolution<T> = { status: "found"; value: T } | { status: "skip" } | { status: "create"; text: string } | { status: "unmatched"; key: string; text: string } | { status: "ambiguous"; text: string };

class RowReader {
  errors: CellError[] = [];
  constructor(
    private table: SheetTable,
    private cells: CellValue[],
    private mapping: ColumnMapping,
  ) {}
  cell(field: ImportField): CellValue {
    return cellAt(this.table, this.cells, this.mapping[field]);
  }
  mapped(field: ImportField): boolean {
    return Boolean(this.mapping[field]);
  }
  parse<T>(field: ImportField, parser: (cell: CellValue) => Parsed<T | null>): T | null {
    const result = parser(this.cell(field));
    if (result.ok) return result.value;
    this.fail(field, result.reason);
    return null;
  }
  text(field: ImportField, max: number): string | null {
    const cell = this.cell(field);
    if (cell.kind === "error") {
      this.fail(field, cell.reason);
      return null;
    }
    const text = cellText(cell);
    if (!text) return null;
    if (text.length > max) {
      this.fail(field, `Højst ${max} tegn`);
      return null;
    }
    return text;
  }
  fail(field: ImportField, reason: string): void {
    this.errors.push({ column: this.mapping[field] ?? importFieldLabels[field], reason });
  }
}

class Resolver {
  unmatched = new Map<string, UnmatchedValue>();
  private departmentsByName = new Map<string, number[]>();
  private peopleByName = new Map<string, number[]>();
  private peopleByEmail = new Map<string, number>();

  constructor(
    private context: ImportContext,
    private settings: ImportSettings,
  ) {
    const add = (map: Map<string, number[]>, key: string, id: number) => {
      if (!key) return;
      const ids = map.get(key) ?? [];
      if (!ids.includes(id)) map.set(key, [...ids, id]);
    };
    for (const department of context.departments.filter((d) => d.active)) {
      add(this.departmentsByName, normaliseName(department.name), department.id);
      add(this.departmentsByName, normaliseName(department.shortName), department.id);
    }
    for (const person of context.people.filter((p) => p.active)) {
      add(this.peopleByName, normaliseName(person.name), person.id);
      this.peopleByEmail.set(person.email.toLowerCase(), person.id);
    }
  }

  private choice(key: string, text: string, kind: "department" | "person", found: number[], sheetRow: number): Resolution<number> {
    const chosen = this.settings.values[key];
    if (chosen === "skip") return { status: "skip" };
    if (chosen === "create" && kind === "department") return { status: "create", text };
    if (chosen?.startsWith("id:")) return { status: "found", value: Number(chosen.slice(3)) };
    if (found.length === 1) return { status: "found", value: found[0] };
    const entry = this.unmatched.get(key) ?? { key, kind, text, rows: [] };
    entry.rows.push(sheetRow);
    this.unmatched.set(key, entry);
    return found.length > 1 ? { status: "ambiguous", text } : { status: "unmatched", key, text };
  }

  department(text: string, sheetRow: number): Resolution<number> {
    const key = valueKey("department", normaliseName(text));
    return this.choice(key, text, "department", this.departmentsByName.get(normaliseName(text)) ?? [], sheetRow);
  }

  person(text: string, sheetRow: number): Resolution<number> {
    const email = text.trim().toLowerCase();
    if (email.includes("@")) {
      const id = this.peopleByEmail.get(email);
      return this.choice(valueKey("person", email), text, "person", id ? [id] : [], sheetRow);
    }
    const key = valueKey("person", normaliseName(text));
    return this.choice(key, text, "person", this.peopleByName.get(normaliseName(text)) ?? [], sheetRow);
  }
}

function resolvedId(reader: RowReader, field: ImportField, resolution: Resolution<number>, what: string, state: { skip: boolean }): number | null {
  switch (resolution.status) {
    case "found":
      return resolution.value;
    case "skip":
      state.skip = true;
      return null;
    case "create":
      return null;
    case "ambiguous":
      reader.fail(field, `Flere ${what} hedder "${resolution.text}"; vælg den rigtige under Værdier`);
      return null;
    case "unmatched":
      reader.fail(field, `${what === "afdelinger" ? "Afdelingen" : "Personen"} "${resolution.text}" findes ikke; vælg, hvad der skal ske, under Værdier`);
      return null;
  }
}

const codePattern = /^[\p{L}\p{N}][\p{L}\p{N}\-_./ ]{0,39}$/u;

export function buildPlan(tables: { projects: SheetTable | null; benefits: SheetTable | null }, settings: ImportSettings, context: ImportContext): ImportPlan {
  const resolver = new Resolver(context, settings);
  const names = {
    department: new Map(context.departments.map((d) => [d.id, d.name])),
    person: new Map(context.people.map((p) => [p.id, p.name])),
  };
  const projectRows = tables.projects ? planProjects(tables.projects, settings.projectMapping, context, resolver, names) : [];
  const benefitRows = tables.benefits ? planBenefits(tables.benefits, settings.benefitMapping, context, resolver, names, projectRows) : [];
  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, error: 0, skipped: 0 };
  for (const row of [...projectRows, ...benefitRows]) counts[row.status] += 1;
  return { projectRows, benefitRows, unmatched: [...resolver.unmatched.values()], counts };
}

type Names = { department: Map<number, string>; person: Map<number, string> };

function display(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === "") return "–";
  switch (field) {
    case "departmentId":
      return names.department.get(Number(value)) ?? String(value);
    case "ownerId":
    case "leadId":
      return names.person.get(Number(value)) ?? String(value);
    case "phase":
      return phaseLabels[value as Phase];
    case "purpose":
      return purposeLabels[value as PurposeType];
    case "type":
      return benefitTypeLabels[value as BenefitType];
    case "light":
      return lightLabels[value as Light];
    case "direction":
      return benefitDirectionLabels[value as BenefitDirection];
    case "approvedBudgetKr":
    case "spentKr":
    case "annualValueKr":
      return formatKr(Number(value));
    case "baselineStart":
    case "baselineEnd":
    case "forecastEnd":
    case "baselineDate":
    case "targetDate":
      return formatDate(String(value));
    default:
      return String(value);
  }
}

const projectFieldView: Record<keyof ProjectValues, string> = {
  code: "Nr.",
  title: "Titel",
  summary: "Beskrivelse",
  departmentId: "Afdeling",
  purpose: "Formål",
  phase: "Fase",
  ownerId: "Projektejer",
  leadId: "Projektleder",
  approvedBudgetKr: "Godkendt budget",
  spentKr: "Forbrugt",
  baselineStart: "Planlagt start",
  baselineEnd: "Planlagt slut",
  forecastEnd: "Forventet slut",
};

function readProjectValues(reader: RowReader, resolver: Resolver, sheetRow: number, state: { skip: boolean; createDepartment: string | null }): ProjectValues {
  const values: ProjectValues = {};
  const set = <K extends keyof ProjectValues>(key: K, value: ProjectValues[K] | null) => {
    if (value !== null && value !== undefined) values[key] = value;
  };
  const code = reader.text("code", 40);
  if (code && !codePattern.test(code)) reader.fail("code", `"${code}" er ikke et gyldigt projektnummer`);
  else set("code", code);
  const title = reader.text("title", 160);
  if (title !== null && title.length < 3) reader.fail("title", "Titlen skal være mindst 3 tegn");
  else set("title", title);
  set("summary", reader.text("summary", 4000));
  const department = reader.text("department", 200);
  if (department) {
    const resolution = resolver.department(department, sheetRow);
    if (resolution.status === "create") state.createDepartment = resolution.text;
    set("departmentId", resolvedId(reader, "department", resolution, "afdelinger", state));
  }
  set("purpose", reader.parse("purpose", parsePurpose));
  set("phase", reader.parse("phase", parsePhase));
  for (const [field, key] of [
    ["owner", "ownerId"],
    ["lead", "leadId"],
  ] as const) {
    const text = reader.text(field, 200);
    if (text) set(key, resolvedId(reader, field, resolver.person(text, sheetRow), "personer", state));
  }
  set("approvedBudgetKr", reader.parse("approvedBudgetKr", parseDanishAmount));
  set("spentKr", reader.parse("spentKr", parseDanishAmount));
  set("baselineStart", reader.parse("baselineStart", parseDanishDate));
  set("baselineEnd", reader.parse("baselineEnd", parseDanishDate));
  set("forecastEnd", reader.parse("forecastEnd", parseDanishDate));
  return values;
}

function planProjects(table: SheetTable, mapping: ColumnMapping, context: ImportContext, resolver: Resolver, names: Names): ProjectRowPlan[] {
  const byCode = new Map(context.projects.map((p) => [p.code.toLowerCase(), p]));
  const byTitle = new Map<string, ProjectSnapshot[]>();
  for (const project of context.projects) {
    const key = normaliseName(project.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), project]);
  }
  const seen = new Map<string, number>();
  const director = context.actorRole === "director";
  return table.rows.map(({ sheetRow, cells }) => {
    const reader = new RowReader(table, cells, mapping);
    const state = { skip: false, createDepartment: null as string | null };
    const values = readProjectValues(reader, resolver, sheetRow, state);
    const light = reader.parse("light", parseLight);
    const statusDate = reader.parse("statusDate", parseDanishDate);
    if (state.createDepartment && context.actorRole !== "admin") {
      reader.fail("department", "Kun en administrator kan oprette afdelinger; vælg en eksisterende afdeling");
    }

    let project: ProjectSnapshot | null = null;
    if (values.code) project = byCode.get(values.code.toLowerCase()) ?? null;
    else if (values.title) {
      const candidates = (byTitle.get(normaliseName(values.title)) ?? []).filter((p) => values.departmentId === undefined || p.departmentId === values.departmentId);
      if (candidates.length === 1) project = candidates[0];
      else if (candidates.length > 1) reader.fail("title", "Flere projekter har denne titel; tilføj projektnummeret (Nr.)");
    }
    const identity = project ? `id:${project.id}` : values.code ? `code:${values.code.toLowerCase()}` : `title:${normaliseName(values.title ?? "")}:${values.departmentId ?? ""}`;
    const label = project ? `${project.code} ${project.title}` : [values.code, values.title].filter(Boolean).join(" ") || `Række ${sheetRow}`;
    const base = { kind: "projects" as const, sheetRow, label, project, createDepartment: state.createDepartment, values, changes: [] as FieldChangeView[] };
    if (state.skip) return { ...base, status: "skipped" as const, light: null, errors: [] };
    const duplicateOf = seen.get(identity);
    if (duplicateOf !== undefined) reader.fail(mapping.code ? "code" : "title", `Projektet står flere gange i arket (også række ${duplicateOf})`);
    else seen.set(identity, sheetRow);

    const changes: FieldChangeView[] = [];
    if (project) {
      for (const [key, value] of Object.entries(values) as [keyof ProjectValues, unknown][]) {
        if (key === "code") continue;
        const before = project[key as keyof ProjectSnapshot];
        if (String(before ?? "") === String(value ?? "")) continue;
        const viaRequest = controlledFields.has(key) && !director;
        if (key === "phase" && !director) {
          reader.fail("phase", "Fasen ændres kun af en direktør eller med en fasegodkendelse");
          continue;
        }
        changes.push({ field: key, label: projectFieldView[key], from: display(key, before, names), to: display(key, value, names), ...(viaRequest ? { viaRequest } : {}) });
      }
      if (changes.some((change) => change.viaRequest) && project.pendingChangeRequest) {
        reader.fail("approvedBudgetKr", "Projektet har allerede en ændringsanmodning, der venter på direktionen; direktionens tal kan ikke importeres nu");
      }
      const start = values.baselineStart ?? project.baselineStart;
      const end = values.baselineEnd ?? project.baselineEnd;
      if (start && end && end < start) reader.fail("baselineEnd", "Planlagt slut skal ligge efter planlagt start");
    } else {
      for (const [field, key, what] of [
        ["title", "title", "Titel"],
        ["department", "departmentId", "Afdeling"],
        ["purpose", "purpose", "Formål"],
        ["owner", "ownerId", "Projektejer"],
        ["lead", "leadId", "Projektleder"],
      ] as const) {
        if (values[key] === undefined && !(key === "departmentId" && state.createDepartment) && !reader.errors.some((e) => e.column === (mapping[field] ?? importFieldLabels[field]))) {
          reader.fail(field, `${what} mangler; det skal udfyldes for et nyt projekt`);
        }
      }
      if (values.baselineStart && values.baselineEnd && values.baselineEnd < values.baselineStart) reader.fail("baselineEnd", "Planlagt slut skal ligge efter planlagt start");
    }
    const reportLight = light && (!project || project.latestLight !== light) ? { light, reportDate: statusDate ?? context.today } : null;
    if (reportLight && project) changes.push({ field: "light", label: "Status", from: display("light", project.latestLight, names), to: display("light", light, names) });
    const status: RowStatus = reader.errors.length ? "error" : !project ? "new" : changes.length ? "changed" : "unchanged";
    return { ...base, status, light: reportLight, changes, errors: reader.errors };
  });
}

const benefitFieldView: Record<keyof BenefitValues, string> = {
  title: "Gevinst",
  type: "Type",
  ownerId: "Gevinstejer",
  indicator: "Indikator",
  unit: "Enhed",
  direction: "Retning",
  baselineValue: "Baseline",
  baselineDate: "Baselinedato",
  targetValue: "Mål",
  targetDate: "Måldato",
  annualValueKr: "Årlig værdi (kr.)",
};

/** The preview's note on a new benefit whose sheet says nothing of its direction. */
export const defaultDirectionNote = `Retning er ikke angivet; gevinsten oprettes med "${benefitDirectionLabels.up}"`;
/** The same, when the sheet's target lies below its baseline, so the number is meant to go down. */
export const downwardDirectionNote = `Retning er ikke angivet; gevinsten oprettes med "${benefitDirectionLabels.down}", fordi målet er lavere end baseline`;

function planBenefits(table: SheetTable, mapping: ColumnMapping, context: ImportContext, resolver: Resolver, names: Names, projectRows: ProjectRowPlan[]): BenefitRowPlan[] {
  const projectsByCode = new Map(context.projects.map((p) => [p.code.toLowerCase(), p]));
  const newCodes = new Set(projectRows.filter((row) => row.status === "new" && row.values.code).map((row) => row.values.code!.toLowerCase()));
  const seen = new Map<string, number>();
  return table.rows.map(({ sheetRow, cells }) => {
    const reader = new RowReader(table, cells, mapping);
    const state = { skip: false };
    const values: BenefitValues = {};
    const set = <K extends keyof BenefitValues>(key: K, value: BenefitValues[K] | null) => {
      if (value !== null && value !== undefined) values[key] = value;
    };
    const code = reader.text("code", 40) ?? "";
    const title = reader.text("benefitTitle", 160);
    if (title !== null && title.length < 3) reader.fail("benefitTitle", "Titlen skal være mindst 3 tegn");
    else set("title", title);
    set("type", reader.parse("benefitType", parseBenefitType));
    const owner = reader.text("benefitOwner", 200);
    if (owner) set("ownerId", resolvedId(reader, "benefitOwner", resolver.person(owner, sheetRow), "personer", state));
    set("indicator", reader.text("indicator", 200));
    set("unit", reader.text("unit", 40));
    set("direction", reader.parse("direction", parseBenefitDirection));
    set("baselineValue", reader.parse("baselineValue", parseDanishDecimal));
    set("baselineDate", reader.parse("baselineDate", parseDanishDate));
    set("targetValue", reader.parse("targetValue", parseDanishDecimal));
    set("targetDate", reader.parse("targetDate", parseDanishDate));
    set("annualValueKr", reader.parse("annualValueKr", parseDanishAmount));

    const project = projectsByCode.get(code.toLowerCase()) ?? null;
    const label = [code, values.title].filter(Boolean).join(" ") || `Række ${sheetRow}`;
    if (!code) reader.fail("code", "Nr. (projektkoden) mangler");
    else if (!project && !newCodes.has(code.toLowerCase())) reader.fail("code", `Projektet ${code} findes ikke`);
    if (!values.title && !reader.errors.some((e) => e.column === mapping.benefitTitle)) reader.fail("benefitTitle", "Gevinstens titel mangler");
    const benefit = project && values.title ? (context.benefits.find((b) => b.projectId === project.id && normaliseName(b.title) === normaliseName(values.title!)) ?? null) : null;
    const base = { kind: "benefits" as const, sheetRow, label, projectCode: code, benefit, values };
    if (state.skip) return { ...base, status: "skipped" as const, changes: [], errors: [], notes: [] };
    const identity = `${code.toLowerCase()}|${normaliseName(values.title ?? "")}`;
    const duplicateOf = seen.get(identity);
    if (duplicateOf !== undefined) reader.fail("benefitTitle", `Gevinsten står flere gange i arket (også række ${duplicateOf})`);
    else seen.set(identity, sheetRow);

    const directionMissing = !benefit && !values.direction && !reader.errors.some((e) => e.column === mapping.direction);
    if (directionMissing && values.baselineValue != null && values.targetValue != null && values.targetValue < values.baselineValue) values.direction = "down";
    const merged = { ...(benefit ?? {}), ...values };
    if (!benefit && !values.type) reader.fail("benefitType", "Typen mangler; den skal udfyldes for en ny gevinst");
    if (merged.type?.startsWith("economic") && (merged.annualValueKr === null || merged.annualValueKr === undefined)) {
      reader.fail("annualValueKr", "Økonomiske gevinster skal have en årlig værdi i kr.");
    }
    if ((merged.baselineValue == null) !== (merged.baselineDate == null)) reader.fail(merged.baselineValue == null ? "baselineValue" : "baselineDate", "Baseline skal have både værdi og dato");
    if ((merged.targetValue == null) !== (merged.targetDate == null)) reader.fail(merged.targetValue == null ? "targetValue" : "targetDate", "Målet skal have både værdi og dato");
    if (merged.baselineDate && merged.targetDate && merged.targetDate < merged.baselineDate) reader.fail("targetDate", "Måldatoen skal ligge efter baselinedatoen");
    const directionError = targetDirectionError(merged.direction ?? "up", merged.baselineValue ?? null, merged.targetValue ?? null);
    if (directionError) reader.fail(values.direction ? "direction" : "targetValue", directionError);

    const changes: FieldChangeView[] = [];
    if (benefit) {
      for (const [key, value] of Object.entries(values) as [keyof BenefitValues, unknown][]) {
        if (key === "title") continue;
        const before = benefit[key as keyof BenefitSnapshot];
        if (String(before ?? "") === String(value ?? "")) continue;
        if (project && isBaselineLocked(project.phase) && lockedFieldChanges(benefit, { ...benefit, [key]: value }).length > 0) {
          reader.fail(key as ImportField, "Retning, baseline og mål er låst, fordi projektet har forladt analysefasen; anmod om en ny baseline");
          continue;
        }
        changes.push({ field: key, label: benefitFieldView[key], from: display(key, before, names), to: display(key, value, names) });
      }
    }
    const status: RowStatus = reader.errors.length ? "error" : !benefit ? "new" : changes.length ? "changed" : "unchanged";
    const notes = directionMissing ? [values.direction === "down" ? downwardDirectionNote : defaultDirectionNote] : [];
    return { ...base, status, changes, errors: reader.errors, notes };
  });
}


/** A short fingerprint of what a plan would write: apply refuses when the data moved since the preview was shown. */
export function planFingerprint(plan: ImportPlan): string {
  const rows = [...plan.projectRows, ...plan.benefitRows].map((row) => [row.kind, row.sheetRow, row.status, row.changes.map((change) => [change.field, change.from, change.to])]);
  const text = JSON.stringify(rows);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16)}-${text.length}`;
}
