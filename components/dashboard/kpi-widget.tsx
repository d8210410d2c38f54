import Link from "@/components/ui/link";
import { LightBadge } from "@/components/ui/light-badge";
import { formatKr } from "@/lib/format";
import { getPortfolioKpis } from "@/lib/queries/dashboard";
import { projectListHref, statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";
import { scopeLabel } from "./scope-label";
import { Widget } from "./widget";

function Figure({ term, value, note }: { term: string; value: React.ReactNode; note?: React.ReactNode }) {
  return (
    <div className="kpi">
      <dt>{term}</dt>
      <dd>{value}</dd>
      {note && <dd>{note}</dd>}
    </div>
  );
}

export async function KpiWidget({ filter, cutoff, staleReportDays }: { filter: PortfolioFilter; cutoff: string; staleReportDays: number }) {
  const kpis = getPortfolioKpis(filter, cutoff);
  const scope = statusScope(filter);
  const label = scopeLabel(filter);
  const spentShare = kpis.approvedBudgetKr > 0 ? Math.round((kpis.spentKr / kpis.approvedBudgetKr) * 100) : null;
  return (
    <Widget id="kpi" title="Nøgletal" description={`Tallene omfatter ${label} under de valgte filtre.`}>
      <dl className="grid gap-3 sm:grid-cols-2 md:grid-cols-3 xl:grid-cols-6 print:grid-cols-3">
        <Figure term={label.charAt(0).toUpperCase() + label.slice(1)} value={kpis.projects} />
        <Figure term="Godkendt budget" value={formatKr(kpis.approvedBudgetKr)} />
        <Figure term="Forbrugt" value={formatKr(kpis.spentKr)} note={spentShare === null ? undefined : `${spentShare} % af godkendt`} />
        <Figure
          term="Forældede statusrapporter"
          value={kpis.staleReports}
          note={`Ingen udgivet rapport i ${staleReportDays} dage`}
        />
        <Figure term="Afventende fasegodkendelser" value={kpis.pendingGates} />
        <div className="kpi sm:col-span-2 md:col-span-1">
          <dt>Samlet status</dt>
          <dd className="!text-base !font-normal">
            <ul className="space-y-1 lg:grid lg:grid-cols-2 lg:gap-x-3 lg:gap-y-1 lg:space-y-0 xl:block xl:space-y-1">
              {(["red", "yellow", "green", null] as const).map((light) => (
                <li key={light ?? "none"}>
                  <Link href={projectListHref(scope, { light: light ?? "none" })}>
                    <LightBadge light={light} />
                    <span className="font-bold tabular-nums">
                      {light ? kpis.lights[light] : kpis.lights.none}
                      <span className="sr-only"> projekter</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </Widget>
  );
}
