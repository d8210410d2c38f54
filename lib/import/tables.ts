import type { ImportSettings } from "./import-settings";
import type { Sheet } from "./read-spreadsheet";
import { tableOf, type SheetTable } from "./sheet-table";

/** The chosen sheets as tables; a chosen sheet without a recognisable header row yields no table. */
export function chosenTables(sheets: Sheet[], settings: Pick<ImportSettings, "projectSheet" | "benefitSheet">): { projects: SheetTable | null; benefits: SheetTable | null } {
  const table = (name: string | null) => {
    const sheet = name === null ? undefined : sheets.find((candidate) => candidate.name === name);
    return sheet ? tableOf(sheet) : null;
  };
  return { projects: table(settings.projectSheet), benefits: table(settings.benefitSheet) };
}
