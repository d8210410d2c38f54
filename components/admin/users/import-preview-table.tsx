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
      <table className="w-full min-w-[900px] text-sm">
        <caption className="sr-only">Forhåndsvisning af importen</caption>
        <thead className="bg-gray-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Linje</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Navn</th>
            <th scope="col" className="px-3 py-2">E-mail</th>
            <th scope="col" className="px-3 py-2">Titel</th>
            <th scope="col" className="px-3 py-2">Rolle</th>
            <th scope="col" className="px-3 py-2">Afdeling</th>
            <th scope="col" className="px-3 py-2">Bemærkning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className="border-t border-gray-200">
              <td className="px-3 py-2">{row.line}</td>
              <td className={`px-3 py-2 ${statusClass[row.status]}`}>{importStatusLabels[row.status]}</td>
              <td className="px-3 py-2">{row.name || "–"}</td>
              <td className="px-3 py-2">{row.email || "–"}</td>
              <td className="px-3 py-2">{row.title || "–"}</td>
              <td className="px-3 py-2">{row.role ? roleLabels[row.role] : "–"}</td>
              <td className="px-3 py-2">
                {row.department || "–"}
                {row.newDepartment && row.status !== "error" && <span className="block text-muted">(oprettes)</span>}
              </td>
              <td className="px-3 py-2">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
