import { formatDateTime } from "@/lib/format";
import type { UndoneDecisionView } from "@/lib/queries/meeting-undone-decisions";
import { OutcomeBadge } from "./status-badges";

/** The minutes' record of decisions that were undone (Fortryd), with the reason and any step left to do by hand. */
export function UndoneDecisions({ rows }: { rows: UndoneDecisionView[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="undone-decisions-heading" className="mt-6">
      <h2 id="undone-decisions-heading" className="text-xl font-semibold">
        Fortrudte beslutninger
      </h2>
      <ul className="mt-2 divide-y divide-gray-300 border-y border-gray-300">
        {rows.map((row) => (
          <li key={row.id} className="break-inside-avoid py-3">
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              {row.position}. {row.itemTitle}: <OutcomeBadge outcome={row.outcome} /> <span>(fortrudt)</span>
            </p>
            {row.text && <p className="mt-1 whitespace-pre-line">{row.text}</p>}
            <p className="mt-1">
              Fortrudt af {row.undoneByName ?? "ukendt"}, <time dateTime={row.undoneAt}>{formatDateTime(row.undoneAt)}</time>. Begrundelse: {row.reason}
            </p>
            {row.manualSteps && <p className="mt-1 whitespace-pre-line font-medium">Skal rettes i hånden: {row.manualSteps}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
