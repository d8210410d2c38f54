export type CsvValue = string | number | null | undefined;

const BOM = "\uFEFF";
const SEPARATOR = ";";
const LINE_END = "\r\n";

/** Cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : defuse(value);
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV as Danish Excel opens it: UTF-8 with a byte-order mark (so æøå survive), `;` between fields,
 * CRLF between records, and fields quoted when they hold a separator, a quote or a line break.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(SEPARATOR));
  return BOM + lines.join(LINE_END) + LINE_END;
}
