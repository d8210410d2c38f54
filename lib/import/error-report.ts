import type { ImportPlan } from "./plan";

const cell = (value: string | number) => {
  const text = String(value);
  const defused = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
};

/** The preview's errors as CSV for Danish Excel (BOM, `;`): sheet, row, what, column and reason, one line per cell. */
export function errorReportCsv(plan: ImportPlan): string {
  const lines = [["Ark", "Række", "Projekt / gevinst", "Kolonne", "Fejl"].map(cell).join(";")];
  for (const row of [...plan.projectRows, ...plan.benefitRows]) {
    for (const error of row.errors) {
      lines.push([row.kind === "projects" ? "Projekter" : "Gevinster", row.sheetRow, row.label, error.column, error.reason].map(cell).join(";"));
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
