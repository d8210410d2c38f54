import Link from "@/components/ui/link";
import { ActionButton } from "@/components/ui/action-button";
import { TableScroller } from "@/components/ui/table-scroller";
import type { ActionState } from "@/lib/action-state";
import { isWithinRollbackWindow } from "@/lib/domain/import-rollback";
import { formatCount, formatDateTime } from "@/lib/format";
import type { ImportBatchSummary } from "@/lib/queries/portfolio-import";

/** The recent imports, each with "Rul tilbage" while it may be rolled back. */
export function BatchList({
  batches,
  now,
  rollback,
}: {
  batches: ImportBatchSummary[];
  now: Date;
  rollback: (batchId: number) => (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  if (batches.length === 0) return <p className="text-muted">Der er ikke importeret noget endnu.</p>;
  return (
    <TableScroller label="Seneste importer">
      <table className="w-full text-left">
        <thead>
          <tr>
            <th scope="col" className="p-2">Import</th>
            <th scope="col" className="p-2">Fil</th>
            <th scope="col" className="p-2">Af</th>
            <th scope="col" className="p-2">Resultat</th>
            <th scope="col" className="p-2">Handling</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id} className="border-t border-gray-200 align-top">
              <td className="p-2">
                <Link href={`/admin/import?batch=${batch.id}`} className="inline-flex min-h-11 items-center underline">
                  Nr. {batch.id}, {formatDateTime(batch.importedAt)}
                </Link>
              </td>
              <td className="p-2">{batch.fileName}</td>
              <td className="p-2">{batch.importedBy}</td>
              <td className="p-2">
                {formatCount(batch.counts.new ?? 0, "ny", "nye")}, {formatCount(batch.counts.changed ?? 0, "ændret", "ændrede")}
                {batch.rolledBackAt ? `; rullet tilbage ${formatDateTime(batch.rolledBackAt)}` : ""}
              </td>
              <td className="p-2">
                {isWithinRollbackWindow(batch.importedAt, batch.rolledBackAt, now) ? (
                  <ActionButton
                    action={rollback(batch.id)}
                    label="Rul tilbage"
                    context={`import nr. ${batch.id}`}
                    confirm="Det, importen oprettede, slettes igen, og de felter, den ændrede, får deres gamle værdier. Det kan ikke fortrydes."
                    showSuccess
                  />
                ) : (
                  <span className="text-muted">–</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
