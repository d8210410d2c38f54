import { TableScroller } from "@/components/ui/table-scroller";
import type { BenefitRowPlan, ImportCounts, ProjectRowPlan, RowStatus } from "@/lib/import/plan";

export const rowStatusLabels: Record<RowStatus, string> = { new: "Ny", changed: "Ændret", unchanged: "Uændret", error: "Fejl", skipped: "Sprunget over" };

const statusClass: Record<RowStatus, string> = {
  new: "bg-green-50 text-green-900 border-green-700",
  changed: "bg-blue-50 text-blue-900 border-blue-700",
  unchanged: "bg-gray-50 text-gray-800 border-gray-500",
  error: "bg-red-50 text-red-900 border-red-700",
  skipped: "bg-yellow-50 text-yellow-900 border-yellow-700",
};

/** The counts at the top of the preview: one term per classification. */
export function PreviewCounts({ counts }: { counts: ImportCounts }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="Optælling">
      {(Object.keys(rowStatusLabels) as RowStatus[]).map((status) => (
        <div key={status} className={`rounded-md border p-3 ${statusClass[status]}`}>
          <dt className="font-medium">{rowStatusLabels[status]}</dt>
          <dd className="text-2xl font-semibold" data-testid={`count-${status}`}>
            {counts[status]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Every row of one sheet: its classification, the fields that change (old → new) and the reasons per cell. */
export function PreviewTable({ title, rows }: { title: string; rows: (ProjectRowPlan | BenefitRowPlan)[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="space-y-2" aria-labelledby={`preview-${title}`}>
      <h2 id={`preview-${title}`} className="text-xl font-semibold">
        {title}
      </h2>
      <TableScroller label={title}>
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col" className="p-2">Række</th>
              <th scope="col" className="p-2">Resultat</th>
              <th scope="col" className="p-2">Projekt / gevinst</th>
              <th scope="col" className="p-2">Ændringer og fejl</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.sheetRow}`} className="border-t border-gray-200 align-top">
                <td className="p-2">{row.sheetRow}</td>
                <td className="p-2">
                  <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${statusClass[row.status]}`}>{rowStatusLabels[row.status]}</span>
                </td>
                <td className="p-2">{row.label}</td>
                <td className="p-2">
                  {row.errors.length > 0 && (
                    <ul className="list-disc pl-5 text-red-800">
                      {row.errors.map((error, index) => (
                        <li key={index}>
                          <strong>{error.column}:</strong> {error.reason}
                        </li>
                      ))}
                    </ul>
                  )}
                  {row.errors.length === 0 && row.changes.length > 0 && (
                    <ul className="list-disc pl-5">
                      {row.changes.map((change) => (
                        <li key={change.field}>
                          {change.label}: {change.from} → {change.to}
                          {change.viaRequest && <span className="text-muted"> (sendes som ændringsanmodning til direktionen)</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                  {row.status === "new" && row.kind === "projects" && row.light && <p className="text-muted">Statusrapport importeres.</p>}
                  {row.kind === "benefits" && row.errors.length === 0 && row.notes.map((note) => (
                    <p key={note} className="text-muted">
                      {note}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}
