import { TableScroller } from "@/components/ui/table-scroller";
import { roleLabels } from "@/lib/domain/labels";
import type { ImportRowPlan, ImportStatus } from "@/lib/services/user-admin-import";

export const importStatusLabels: Record<ImportStatus, string> = { new: "Ny", changed: "Ændret", unchanged: "Uændret", error: "Fejl" };

const statusClass: Record<ImportStatus, string> = {
  new: "text-green-900",
  changed: "text-brand-800",
  unchanged: "text-muted",
  error: "font-semibold text-red-800",
};

/** Every row of the file and what the import would do with it. */
export function ImportPreviewTable({ rows }: { rows: ImportRowPlan[] }) {
  return (
    <TableScroller label="Forhåndsvisning af importen">
      <table className="data-table min-w-[900px]">
        <caption className="sr-only">Forhåndsvisning af importen</caption>
        <thead>
          <tr>
            <th scope="col">Linje</th>
            <th scope="col">Status</th>
            <th scope="col">Navn</th>
            <th scope="col">E-mail</th>
            <th scope="col">Titel</th>
            <th scope="col">Rolle</th>
            <th scope="col">Afdeling</th>
            <th scope="col">Bemærkning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td className={statusClass[row.status]}>{importStatusLabels[row.status]}</td>
              <td>{row.name || "–"}</td>
              <td>{row.email || "–"}</td>
              <td>{row.title || "–"}</td>
              <td>{row.role ? roleLabels[row.role] : "–"}</td>
              <td>
                {row.department || "–"}
                {row.newDepartment && row.status !== "error" && <span className="block text-muted">(oprettes)</span>}
              </td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
