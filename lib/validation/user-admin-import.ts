import type { Role } from "@/lib/codes";

/**
 * Reading a user list exported from HR or the directory: CSV in UTF-8 or Windows-1252, `;` or `,` between
 * fields, a header row with Danish or English column names. Pure: no database, so it is tested on its own.
 */

export const maxImportBytes = 2 * 1024 * 1024;
export const maxImportRows = 5000;

export class ImportFileError extends Error {}

/** Valid UTF-8 is read as UTF-8 (a byte-order mark is dropped); anything else as Windows-1252. */
export function decodeImportFile(bytes: Uint8Array): string {
  if (bytes.byteLength > maxImportBytes) throw new ImportFileError("Filen er større end 2 MB. Del den op i flere filer.");
  if (bytes.byteLength === 0) throw new ImportFileError("Filen er tom.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return checkImportText(text.replace(/^\uFEFF/, ""));
}

/** Refuses text that is not a CSV file: NUL bytes or other binary control characters, or too much of it. */
export function checkImportText(text: string): string {
  if (text.length > maxImportBytes) throw new ImportFileError("Filen er større end 2 MB. Del den op i flere filer.");
  if (/[\u0000-\u0008\u000E-\u001F\u007F]/.test(text)) {
    throw new ImportFileError("Filen indeholder ikke tekst. Gem listen som CSV (semikolon- eller kommasepareret), og prøv igen.");
  }
  if (text.trim() === "") throw new ImportFileError("Filen er tom.");
  return text;
}

/** The separator of the header line: whichever of `;` and `,` occurs more often in it outside quotes. */
export function detectSeparator(text: string): ";" | "," {
  // The header is the first of the opening lines with the most separators, so a title line above it is passed over.
  const counts = text
    .split(/\r?\n/, 10)
    .map((line) => line.replace(/"[^"]*"/g, ""))
    .map((line) => ({ semicolons: line.split(";").length - 1, commas: line.split(",").length - 1 }));
  const header = counts.reduce((best, line) => (Math.max(line.semicolons, line.commas) > Math.max(best.semicolons, best.commas) ? line : best), counts[0]);
  return header.semicolons >= header.commas && header.semicolons > 0 ? ";" : ",";
}

/** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks. Empty lines are skipped. */
export function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let index = 0;
  const endRecord = () => {
    record.push(field);
    if (record.some((value) => value.trim() !== "")) records.push(record);
    record = [];
    field = "";
  };
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === separator) {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      endRecord();
      if (char === "\r" && text[index + 1] === "\n") index += 1;
    } else {
      field += char;
    }
    index += 1;
  }
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

export const importColumns = ["name", "email", "title", "role", "department"] as const;
export type ImportColumn = (typeof importColumns)[number];

const headerNames: Record<string, ImportColumn> = {
  navn: "name",
  name: "name",
  "fulde navn": "name",
  "e-mail": "email",
  email: "email",
  "e-mailadresse": "email",
  mail: "email",
  titel: "title",
  title: "title",
  stilling: "title",
  rolle: "role",
  role: "role",
  afdeling: "department",
  department: "department",
};

const roleNames: Record<string, Role> = {
  direktør: "director",
  direktor: "director",
  director: "director",
  afdelingschef: "department_head",
  department_head: "department_head",
  "department head": "department_head",
  medarbejder: "staff",
  staff: "staff",
  administrator: "admin",
  admin: "admin",
};

/** A role as written in the file, Danish or English, any case; null when unknown. */
export function roleFromText(value: string): Role | null {
  return roleNames[value.trim().toLowerCase()] ?? null;
}

export type ImportRecord = { line: number } & Record<ImportColumn, string>;

/**
 * The file's rows by column, with the line number each starts on (the header is line 1). Unknown columns are
 * ignored; a header without name and e-mail is refused.
 */
export function readImportRows(text: string): ImportRecord[] {
  const separator = detectSeparator(text);
  const [header, ...rows] = parseCsv(text, separator);
  const positions = new Map<ImportColumn, number>();
  header.forEach((raw, position) => {
    const column = headerNames[raw.trim().toLowerCase()];
    if (column && !positions.has(column)) positions.set(column, position);
  });
  const missing = (["name", "email"] as const).filter((column) => !positions.has(column));
  if (missing.length) {
    throw new ImportFileError(
      "Første linje skal være en overskrift med mindst kolonnerne navn og e-mail (og gerne titel, rolle og afdeling).",
    );
  }
  if (rows.length === 0) throw new ImportFileError("Filen har ingen rækker under overskriften.");
  if (rows.length > maxImportRows) throw new ImportFileError(`Filen har mere end ${maxImportRows} rækker. Del den op i flere filer.`);
  return rows.map((row, index) => {
    const value = (column: ImportColumn) => {
      const position = positions.get(column);
      return position === undefined ? "" : (row[position] ?? "").trim();
    };
    return { line: index + 2, name: value("name"), email: value("email"), title: value("title"), role: value("role"), department: value("department") };
  });
}
