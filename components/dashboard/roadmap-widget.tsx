import Link from "@/components/ui/link";
import { ChartTable } from "@/components/charts/chart-table";
import { RoadmapChart } from "@/components/charts/roadmap-chart";
import { deviationText } from "@/components/charts/roadmap-layout";
import { formatCount, formatDate } from "@/lib/format";
import { phaseLabels } from "@/lib/domain/labels";
import { getRoadmap } from "@/lib/queries/dashboard-roadmap";
import { projectListHref, statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";
import { scopeLabel } from "./scope-label";
import { EmptyState, Widget } from "./widget";

function Legend() {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3 w-6 rounded-sm bg-brand-600" />
        Planlagt forløb (baseline)
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3 w-6 border border-status-red bg-[repeating-linear-gradient(45deg,#b42318_0_3px,#fde8e6_3px_6px)]" />
        Forsinkelse til forventet slut
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3 w-3 rotate-45 bg-ink" />
        Forventet slut
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-4 border-l-2 border-dashed border-blue-700" />I dag
      </li>
    </ul>
  );
}

export async function RoadmapWidget({ filter, today, limit = 15 }: { filter: PortfolioFilter; today: string; limit?: number }) {
  const roadmap = getRoadmap(filter, limit);
  const delayed = roadmap.items.filter((item) => item.forecastEnd && item.forecastEnd > item.baselineEnd).length;
  const description =
    roadmap.total > roadmap.items.length
      ? `Viser de ${roadmap.items.length} største af ${roadmap.total} ${scopeLabel(filter)} (efter godkendt budget), ordnet efter planlagt start.`
      : `Planlagt start og slut for ${scopeLabel(filter)} og den forventede slutdato, ordnet efter planlagt start.`;
  return (
    <Widget id="roadmap" title="Køreplan" description={description}>
      {roadmap.items.length === 0 ? (
        <EmptyState>Ingen projekter med en planlagt start og slut matcher filtrene.</EmptyState>
      ) : (
        <>
          <Legend />
          <RoadmapChart
            id="roadmap-chart"
            title={`Køreplan for ${formatCount(roadmap.items.length, "projekt", "projekter")}; ${delayed} forventes at slutte senere end planlagt. Se tabellen for detaljer.`}
            items={roadmap.items.map((item) => ({ key: item.code, label: item.title, start: item.baselineStart, end: item.baselineEnd, forecastEnd: item.forecastEnd }))}
            today={today}
          />
          <ChartTable
            caption="Køreplan"
            headers={["Projekt", "Fase", "Planlagt start", "Planlagt slut", "Forventet slut", "Afvigelse"]}
            rows={roadmap.items.map((item) => ({
              key: item.code,
              cells: [
                <a key="link" href={`/projects/${item.code}`} className="inline-flex min-h-11 items-center underline">
                  {item.code} {item.title}
                </a>,
                phaseLabels[item.phase],
                formatDate(item.baselineStart),
                formatDate(item.baselineEnd),
                formatDate(item.forecastEnd),
                deviationText(item.baselineEnd, item.forecastEnd),
              ],
            }))}
          />
          {roadmap.total > roadmap.items.length && (
            <p className="mt-2">
              <Link
                href={projectListHref(statusScope(filter), { sort: "budget", dir: "desc" })}
                className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
              >
                Se alle {roadmap.total} i projekttabellen
              </Link>
            </p>
          )}
        </>
      )}
    </Widget>
  );
}
