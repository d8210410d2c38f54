import Link from "@/components/ui/link";
import type { ProjectActions } from "@/components/projects/project-actions";
import { NoSignificantRisksForm } from "@/components/projects/forms/lazy-forms";
import { TableScroller } from "@/components/ui/table-scroller";
import { riskCategoryLabels, riskStatusLabels } from "@/lib/domain/labels";
import type { RiskView } from "@/lib/queries/project-tabs";

export function RisksTab({
  actions,
  code,
  risks,
  canEdit,
  noSignificantRisks,
  projectVersion,
}: {
  actions: Pick<ProjectActions, "setNoSignificantRisks">;
  code: string;
  risks: RiskView[];
  canEdit: boolean;
  noSignificantRisks: boolean;
  projectVersion: number;
}) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="risk-register" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="risk-register" className="text-xl font-semibold">
            Risikoregister
          </h2>
          {canEdit && (
            <Link href={`/projects/${code}/risks/new`} className="btn">
              Registrér risiko
            </Link>
          )}
        </div>
        {noSignificantRisks && <p className="font-medium">Projektet har markeret: ingen væsentlige risici.</p>}
        {/* Offered while no risk is open, and to take the tick back. */}
        {canEdit && (noSignificantRisks || !risks.some((risk) => risk.status === "open")) && (
          <NoSignificantRisksForm action={actions.setNoSignificantRisks.bind(null, code)} checked={noSignificantRisks} version={projectVersion} />
        )}
        {risks.length === 0 ? (
          <p className="text-muted">Ingen risici registreret.</p>
        ) : (
          <TableScroller label="Risici">
            <table className="w-full min-w-[600px] text-sm">
              <caption className="sr-only">Projektets risici</caption>
              <thead className="bg-gray-50 text-left">
                <tr>
                  <th scope="col" className="px-2 py-2">Risiko</th>
                  <th scope="col" className="px-2 py-2">Kategori</th>
                  <th scope="col" className="px-2 py-2">S × K = score</th>
                  <th scope="col" className="px-2 py-2">Tiltag</th>
                  <th scope="col" className="px-2 py-2">Ejer</th>
                  <th scope="col" className="px-2 py-2">Rest</th>
                  <th scope="col" className="px-2 py-2">Status</th>
                </tr>
              </thead>
              <tbody>
                {risks.map((risk) => (
                  <tr key={risk.id} id={`risk-${risk.id}`} className="border-t border-gray-200 align-top">
                    <td className="px-2 py-2">
                      <span className="block font-medium">{risk.title}</span>
                      {risk.description && <span className="block text-muted">{risk.description}</span>}
                      {canEdit && (
                        <Link href={`/projects/${code}/risks/${risk.id}/edit`} className="row-link" aria-label={`Ret risikoen: ${risk.title}`}>
                          Ret risikoen
                        </Link>
                      )}
                    </td>
                    <td className="px-2 py-2">{riskCategoryLabels[risk.category]}</td>
                    <td className="px-2 py-2 tabular-nums">
                      {risk.probability} × {risk.consequence} = <strong>{risk.score}</strong>
                    </td>
                    <td className="px-2 py-2">{risk.action || "–"}</td>
                    <td className="px-2 py-2">{risk.ownerName ?? "–"}</td>
                    <td className="px-2 py-2 tabular-nums">
                      {risk.residualProbability && risk.residualConsequence ? `${risk.residualProbability} × ${risk.residualConsequence}` : "–"}
                    </td>
                    <td className="px-2 py-2">{riskStatusLabels[risk.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>
    </div>
  );
}
