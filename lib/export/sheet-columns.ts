import type { XlsxColumn, XlsxSheet, XlsxValue } from "./xlsx";

/** A column of an export: its header, kind and width, and how it reads its value from one item. */
export type SheetColumn<T> = XlsxColumn & { value: (item: T) => XlsxValue };

export function headersOf<T>(columns: readonly SheetColumn<T>[]): string[] {
  return columns.map((column) => column.header);
}

export function rowsOf<T>(columns: readonly SheetColumn<T>[], items: readonly T[]): XlsxValue[][] {
  return items.map((item) => columns.map((column) => column.value(item)));
}

export function sheetOf<T>(name: string, columns: readonly SheetColumn<T>[], items: readonly T[]): XlsxSheet {
  return { name, columns, rows: rowsOf(columns, items) };
}

/**
 * Rows that belong to projects (as a query returns them, grouped by project), put in the order of the exported
 * projects; rows of a project not in `projectIds` are left out.
 */
export function inProjectOrder<T extends { projectId: number }>(projectIds: readonly number[], rows: readonly T[]): T[] {
  const byProject = new Map<number, T[]>();
  for (const row of rows) {
    const list = byProject.get(row.projectId);
    if (list) list.push(row);
    else byProject.set(row.projectId, [row]);
  }
  return projectIds.flatMap((id) => byProject.get(id) ?? []);
}
