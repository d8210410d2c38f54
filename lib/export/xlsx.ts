import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";

/**
 * `number`: whole kroner and counts, shown with thousands separators; `decimal`: measured values as they are;
 * `date`: an ISO day (`2026-12-31`) written as a real date.
 */
export type XlsxColumnKind = "text" | "number" | "decimal" | "date";
export type XlsxColumn = { header: string; kind: XlsxColumnKind; width?: number };
export type XlsxValue = string | number | null | undefined;
export type XlsxSheet = { name: string; columns: readonly XlsxColumn[]; rows: readonly (readonly XlsxValue[])[] };

/** Danish Excel shows dates as 31-12-2026. */
export const danishDateFormat = "dd-mm-yyyy";
const numberFormats: Partial<Record<XlsxColumnKind, string>> = { number: "#,##0", date: danishDateFormat };
const defaultWidth = 16;

/** An ISO day as a date at UTC midnight, which the workbook stores as a whole day number; null when it is not one. */
export function isoDayToDate(isoDay: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}

/** Numbers stay numbers and ISO days become dates in their columns; anything else is written as text, never as a formula. */
function cellValue(kind: XlsxColumnKind, value: XlsxValue): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return null;
  if ((kind === "number" || kind === "decimal") && typeof value === "number") return Number.isFinite(value) ? value : null;
  if (kind === "date" && typeof value === "string") return isoDayToDate(value) ?? value;
  return String(value);
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: XlsxSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }],
    ...(sheet.columns.length > 0 ? { autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } } } : {}),
  });
  worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width ?? defaultWidth }));
  const headerStyle: Partial<ExcelJS.Style> = { font: { bold: true } };
  worksheet.getRow(1).eachCell((cell) => {
    cell.style = headerStyle;
  });
  // One style object per column, shared by its cells: the writer recognises a style it has seen and skips its work.
  const styles: Partial<ExcelJS.Style>[] = sheet.columns.map((column) => {
    const numFmt = numberFormats[column.kind];
    return numFmt ? { numFmt } : {};
  });
  for (const values of sheet.rows) {
    const row = worksheet.addRow(sheet.columns.map((column, index) => cellValue(column.kind, values[index])));
    row.eachCell((cell, columnNumber) => {
      cell.style = styles[columnNumber - 1];
    });
    row.commit();
  }
  worksheet.commit();
}

/**
 * An Excel workbook with one sheet per entry: bold, frozen, filterable header row, typed numbers and real dates.
 * Written row by row through the streaming writer, which keeps a large portfolio fast.
 */
export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = "Styrerum";
  for (const sheet of sheets) addSheet(workbook, sheet);
  await workbook.commit();
  return Buffer.concat(chunks);
}
