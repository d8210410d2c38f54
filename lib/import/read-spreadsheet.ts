import "server-only";
import ExcelJS from "exceljs";
import type { CellValue } from "@/lib/domain/import-values";
import { detectSeparator, parseCsv } from "@/lib/validation/user-admin-import";

/**
 * Reads an uploaded `.xlsx` (with exceljs; formulas are never calculated, only their cached results read; hyperlinks
 * become their text) or `.csv` (UTF-8 with or without BOM, or Windows-1252; `;` or `,`) into sheets of typed cells.
 */

export const maxImportFileBytes = 10 * 1024 * 1024;
export const maxImportDataRows = 5000;

export class SpreadsheetError extends Error {}

export type Sheet = { name: string; rows: CellValue[][] };

const formulaReason = "Formler læses ikke";
const notSpreadsheet = "Filen er ikke et regneark. Gem den som Excel-projektmappe (.xlsx) eller CSV, og prøv igen.";

export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  if (bytes.byteLength === 0) throw new SpreadsheetError("Filen er tom.");
  if (bytes.byteLength > maxImportFileBytes) throw new SpreadsheetError("Filen er større end 10 MB. Del den op i flere filer.");
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) return readWorkbook(bytes);
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(fileName)) throw new SpreadsheetError(notSpreadsheet);
  return [readCsv(bytes, fileName)];
}

async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError("Filen kan ikke læses som Excel-projektmappe; den er måske beskadiget. Gem den igen som .xlsx, og prøv igen.");
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    if (worksheet.actualRowCount > maxImportDataRows + 25) throw tooManyRows();
    const rows: CellValue[][] = [];
    const width = Math.min(worksheet.columnCount, 100);
    for (let r = 1; r <= worksheet.rowCount; r += 1) {
      const row = worksheet.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c += 1) cells.push(toCellValue(row.getCell(c).value));
      rows.push(cells);
    }
    sheets.push({ name: worksheet.name, rows: trimRows(rows) });
  });
  if (sheets.length === 0) throw new SpreadsheetError("Projektmappen har ingen ark.");
  return sheets;
}

function tooManyRows(): SpreadsheetError {
  return new SpreadsheetError(`Arket har mere end ${maxImportDataRows.toLocaleString("da-DK")} rækker. Del det op i flere filer.`);
}

function dayOf(date: Date): CellValue {
  return Number.isNaN(date.getTime()) ? { kind: "error", reason: "Ugyldig dato" } : { kind: "date", day: date.toISOString().slice(0, 10) };
}

/** One exceljs cell value as a typed cell; a formula gives its cached result, never a calculation. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", reason: "Ugyldigt tal" };
  if (typeof value === "string") return value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "text", text: value ? "Ja" : "Nej" };
  if (value instanceof Date) return dayOf(value);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return { kind: "error", reason: formulaReason };
      if (typeof result === "object" && result !== null && "error" in result) return { kind: "error", reason: `Formlen giver fejlen ${String((result as { error: unknown }).error)}` };
      return toCellValue(result as ExcelJS.CellValue);
    }
    if ("error" in value) return { kind: "error", reason: `Cellen indeholder fejlen ${String(value.error)}` };
    if ("richText" in value) return toCellValue(value.richText.map((part) => part.text).join(""));
    if ("hyperlink" in value) {
      const text = (value as { text?: unknown }).text;
      return toCellValue(typeof text === "object" && text !== null && "richText" in text ? (text as ExcelJS.CellRichTextValue) : String(text ?? ""));
    }
  }
  return { kind: "error", reason: "Cellens indhold kan ikke læses" };
}

/** Drops trailing empty rows and columns beyond the last one with content. */
function trimRows(rows: CellValue[][]): CellValue[][] {
  let last = rows.length - 1;
  while (last >= 0 && rows[last].every((cell) => cell.kind === "empty")) last -= 1;
  const kept = rows.slice(0, last + 1);
  const width = Math.max(0, ...kept.map((row) => row.findLastIndex((cell) => cell.kind !== "empty") + 1));
  return kept.map((row) => row.slice(0, width));
}

/** Valid UTF-8 is read as UTF-8 (a byte-order mark dropped); anything else as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function readCsv(bytes: Uint8Array, fileName: string): Sheet {
  const text = decodeText(bytes);
  if (/[\u0000-\u0008\u000E-\u001F\u007F]/.test(text)) throw new SpreadsheetError(notSpreadsheet);
  if (text.trim() === "") throw new SpreadsheetError("Filen er tom.");
  const records = parseCsv(text, detectSeparator(text));
  if (records.length > maxImportDataRows + 25) throw tooManyRows();
  const rows = records.map((record) => record.map((field): CellValue => (field.trim() === "" ? { kind: "empty" } : { kind: "text", text: field.trim() })));
  return { name: fileName.replace(/\.[^.]+$/, "") || "CSV", rows: trimRows(rows) };
}
