import type { ProjectActions } from "@/components/projects/project-actions";
import { InvolvementForm } from "@/components/projects/forms/lazy-forms";
import Link from "@/components/ui/link";
import type { involvements } from "@/db/schema";
import { involvementName } from "@/lib/domain/involvement-rules";
import { involvementFormLabels, involvementGroupLabels, involvementStateLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";

export function InvolvementTab({
  actions,
  code,
  entries,
  canEdit,
  today,
}: {
  actions: Pick<ProjectActions, "createInvolvement">;
  code: string; entries: (typeof involvements.$inferSelect)[]; canEdit: boolean; today: string }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="involvement-log" className="space-y-3">
        <h2 id="involvement-log" className="text-xl font-semibold">
          Inddragelse af brugere, medarbejdere og MED
        </h2>
        {entries.length === 0 && <p className="text-muted">Ingen inddragelse registreret eller planlagt endnu.</p>}
        <ul className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} id={`involvement-${entry.id}`} className="card">
              <p className="font-semibold">
                {involvementGroupLabels[entry.group]} · {involvementFormLabels[entry.form]}
              </p>
              <p className="text-sm text-muted">
                {formatDate(entry.date)} · {involvementStateLabels[entry.state]}
              </p>
              <p className="mt-2">{entry.summary}</p>
              {entry.outcome && (
                <p className="mt-1">
                  <span className="font-semibold">Resultat: </span>
                  {entry.outcome}
                </p>
              )}
              {canEdit && (
                <Link href={`/projects/${code}/involvements/${entry.id}/edit`} className="row-link" aria-label={`Ret inddragelsen: ${involvementName(entry)}`}>
                  Ret inddragelsen
                </Link>
              )}
            </li>
          ))}
        </ul>
      </section>
      {canEdit && (
        <section aria-labelledby="new-involvement" className="card">
          <h2 id="new-involvement" className="mb-3 text-xl font-semibold">
            Registrér inddragelse
          </h2>
          <InvolvementForm action={actions.createInvolvement.bind(null, code)} today={today} />
        </section>
      )}
    </div>
  );
}
