import { findHeaderRow, recognisedHeaderCount, sheetKindOf, type SheetKind } from "@/lib/domain/import-mapping";
import { cellText, type CellValue } from "@/lib/domain/import-values";
import type { Sheet } from "./read-spreadsheet";

/** A sheet cut at its header row: the header texts and the data rows below, each with its row number in the sheet. */
export type SheetTable = { name: string; kind: SheetKind; headers: string[]; rows: { sheetRow: number; cells: CellValue[] }[] };

/** The sheet as a table, or null when no row among the first 20 has at least 3 recognised headers. */
export function tableOf(sheet: Sheet): SheetTable | null {
  const headerIndex = findHeaderRow(sheet.rows);
  if (headerIndex === null) return null;
  const headers = sheet.rows[headerIndex].map((cell, index) => cellText(cell) || `Kolonne ${index + 1}`);
  const rows = sheet.rows
    .slice(headerIndex + 1)
    .map((cells, offset) => ({ sheetRow: headerIndex + offset + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.kind !== "empty"));
  return { name: sheet.name, kind: sheetKindOf(headers), headers, rows };
}

/** The default sheets: the first recognised sheet of projects and the first of benefits. */
export function defaultSheets(sheets: Sheet[]): { projectSheet: string | null; benefitSheet: string | null } {
  let projectSheet: string | null = null;
  let benefitSheet: string | null = null;
  for (const sheet of sheets) {
    const table = tableOf(sheet);
    if (!table) continue;
    if (table.kind === "benefits") benefitSheet ??= sheet.name;
    else projectSheet ??= sheet.name;
  }
  return { projectSheet, benefitSheet };
}

/** True when some sheet has a recognisable header row. */
export function hasRecognisedSheet(sheets: Sheet[]): boolean {
  return sheets.some((sheet) => sheet.rows.slice(0, 20).some((row) => Math.max(...Object.values(recognisedHeaderCount(row))) >= 3));
}

/** The cell under `header`, or empty when the header is not in the table. */
export function cellAt(table: SheetTable, cells: CellValue[], header: string | undefined): CellValue {
  if (!header) return { kind: "empty" };
  const index = table.headers.indexOf(header);
  return index < 0 ? { kind: "empty" } : (cells[index] ?? { kind: "empty" });
}
