import type { ProjectActions } from "@/components/projects/project-actions";
import { NoSignificantRisksForm, RiskForm } from "@/components/projects/forms/lazy-forms";
import { TableScroller } from "@/components/ui/table-scroller";
import { riskCategoryLabels, riskStatusLabels } from "@/lib/domain/labels";
import type { RiskView } from "@/lib/queries/project-tabs";

export function RisksTab({
  actions,
  code,
  risks,
  canEdit,
  owners,
  noSignificantRisks,
  projectVersion,
}: {
  actions: Pick<ProjectActions, "createRisk" | "updateRisk" | "setNoSignificantRisks">;
  code: string;
  risks: RiskView[];
  canEdit: boolean;
  owners: { id: number; name: string }[];
  noSignificantRisks: boolean;
  projectVersion: number;
}) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="risk-register" className="space-y-3">
        <h2 id="risk-register" className="text-xl font-semibold">
          Risikoregister
        </h2>
        {noSignificantRisks && <p className="font-medium">Projektet har markeret: ingen væsentlige risici.</p>}
        {canEdit && <NoSignificantRisksForm action={actions.setNoSignificantRisks.bind(null, code)} checked={noSignificantRisks} version={projectVersion} />}
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
                      <span className="font-medium">{risk.title}</span>
                      {risk.description && <span className="block text-muted">{risk.description}</span>}
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
      {canEdit && risks.length > 0 && (
        <section aria-labelledby="edit-risks" className="space-y-2">
          <h2 id="edit-risks" className="text-xl font-semibold">
            Ret risici
          </h2>
          {risks.map((risk) => (
            <details key={risk.id} className="card">
              <summary className="flex min-h-11 cursor-pointer items-center font-medium">Ret “{risk.title}”</summary>
              <div className="mt-3">
                <RiskForm action={actions.updateRisk.bind(null, code, risk.id)} owners={owners} values={risk} submitLabel="Gem risiko" idPrefix={`risk-${risk.id}`} />
              </div>
            </details>
          ))}
        </section>
      )}
      {canEdit && (
        <section aria-labelledby="new-risk" className="card">
          <h2 id="new-risk" className="mb-3 text-xl font-semibold">
            Registrér risiko
          </h2>
          <RiskForm action={actions.createRisk.bind(null, code)} owners={owners} submitLabel="Registrér risiko" idPrefix="new-risk" />
        </section>
      )}
    </div>
  );
}
