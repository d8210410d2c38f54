import Link from "@/components/ui/link";
import { TableScroller } from "@/components/ui/table-scroller";
import { getRiskHeatmap } from "@/lib/queries/dashboard-risks";
import { riskListHref, statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";
import type { RiskScoreView } from "@/lib/domain/risk-score-view";
import { RiskScoreToggle } from "./risk-score-toggle";
import { riskLevel, riskLevelStyles } from "./risk-level";
import { scopeLabel } from "./scope-label";
import { EmptyState, Widget } from "./widget";

const scale = [1, 2, 3, 4, 5] as const;

export async function RiskHeatmapWidget({ filter, view = "before" }: { filter: PortfolioFilter; view?: RiskScoreView }) {
  const heatmap = getRiskHeatmap(filter, view);
  const scope = statusScope(filter);
  const when = view === "after" ? "efter handling" : "før handling";
  return (
    <Widget
      id="risks"
      title="Risici"
      description={`${heatmap.total} åbne risici i ${scopeLabel(filter)}, efter sandsynlighed og konsekvens (1–5) ${when}${view === "after" ? " (en risiko uden vurdering efter handling står som før)" : ""}. Vælg et tal for at se risiciene.`}
    >
      <RiskScoreToggle filter={filter} view={view} />
      {heatmap.total === 0 ? (
        <EmptyState>Ingen åbne risici er registreret for de valgte projekter.</EmptyState>
      ) : (
        <>
          <TableScroller label="Risikomatrix">
            <table className="w-full table-fixed text-sm">
              <caption className="sr-only">Åbne risici efter sandsynlighed (rækker) og konsekvens (kolonner), {when}</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-28 px-2 py-2 text-left text-xs font-semibold">
                    Sandsynlighed ↓ / Konsekvens →
                  </th>
                  {scale.map((consequence) => (
                    <th key={consequence} scope="col" className="px-1 py-2 text-center font-semibold">
                      <span className="sr-only">Konsekvens </span>
                      {consequence}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...scale].reverse().map((probability) => (
                  <tr key={probability}>
                    <th scope="row" className="px-2 py-1 text-left font-semibold">
                      <span className="sr-only">Sandsynlighed </span>
                      {probability}
                    </th>
                    {scale.map((consequence) => {
                      const count = heatmap.counts[probability - 1][consequence - 1];
                      const level = riskLevel(probability * consequence);
                      return (
                        <td key={consequence} className={`heat ${riskLevelStyles[level].cell}`}>
                          {count > 0 ? (
                            <Link href={riskListHref(scope, { p: probability, c: consequence, view })}>
                              {count}
                              <span className="sr-only">
                                {` åbne risici med sandsynlighed ${probability} og konsekvens ${consequence} (${riskLevelStyles[level].label.toLowerCase()} risiko)`}
                              </span>
                            </Link>
                          ) : (
                            <span>
                              0<span className="sr-only">{` risici, ${riskLevelStyles[level].label.toLowerCase()} risiko`}</span>
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Farveforklaring">
            {(["high", "medium", "low"] as const).map((level) => (
              <li key={level} className="flex items-center gap-2">
                <span aria-hidden="true" className={`inline-block h-3 w-5 rounded-sm border border-gray-400 ${riskLevelStyles[level].cell}`} />
                {riskLevelStyles[level].label} ({riskLevelStyles[level].range})
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href={riskListHref(scope)} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              Se alle {heatmap.total} åbne risici
            </Link>
          </p>
        </>
      )}
    </Widget>
  );
}
