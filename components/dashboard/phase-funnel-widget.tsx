import Link from "@/components/ui/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartTable } from "@/components/charts/chart-table";
import { phases } from "@/lib/codes";
import { phaseLabels } from "@/lib/domain/labels";
import { getPhaseFunnel } from "@/lib/queries/dashboard";
import { projectListHref, type PortfolioFilter } from "@/lib/validation/portfolio";
import { EmptyState, Widget } from "./widget";
import { formatCount } from "@/lib/format";

export async function PhaseFunnelWidget({ filter }: { filter: PortfolioFilter }) {
  const funnel = getPhaseFunnel(filter);
  const total = phases.reduce((sum, phase) => sum + funnel[phase], 0);
  const bars = phases.map((phase) => ({ key: phase, label: phaseLabels[phase], value: funnel[phase], valueLabel: formatCount(funnel[phase], "projekt", "projekter") }));
  return (
    <Widget id="funnel" title="Faser" description="Alle projekter under filtrene (uden fasefilteret), fra idé til afslutning.">
      {total === 0 ? (
        <EmptyState>Ingen projekter matcher filtrene.</EmptyState>
      ) : (
        <>
          <BarChart id="funnel-chart" title="Projekter pr. fase" bars={bars} centered />
          <ChartTable
            caption="Projekter pr. fase"
            headers={["Fase", "Projekter"]}
            numeric={[1]}
            rows={phases.map((phase) => ({
              key: phase,
              cells: [
                <Link key="link" href={projectListHref(filter, { phase })} className="inline-flex min-h-11 min-w-11 items-center underline">
                  {phaseLabels[phase]}
                </Link>,
                funnel[phase],
              ],
            }))}
          />
        </>
      )}
    </Widget>
  );
}
