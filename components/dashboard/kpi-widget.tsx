import Link from "next/link";
import { LightBadge } from "@/components/ui/light-badge";
import { formatKr } from "@/lib/format";
import { getPortfolioKpis } from "@/lib/queries/dashboard";
import { portfolioHref, statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";
import { scopeLabel } from "./scope-label";
import { Widget } from "./widget";

function Figure({ term, value, note }: { term: string; value: React.ReactNode; note?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-gray-200 bg-gray-50 p-3">
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
      {note && <dd className="mt-1 text-sm text-muted">{note}</dd>}
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
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6 print:grid-cols-3">
        <Figure term={label.charAt(0).toUpperCase() + label.slice(1)} value={kpis.projects} />
        <Figure term="Godkendt budget" value={formatKr(kpis.approvedBudgetKr)} />
        <Figure term="Forbrugt" value={formatKr(kpis.spentKr)} note={spentShare === null ? undefined : `${spentShare} % af godkendt`} />
        <Figure
          term="Forældede statusrapporter"
          value={kpis.staleReports}
          note={`Ingen udgivet rapport i ${staleReportDays} dage`}
        />
        <Figure term="Afventende fasegodkendelser" value={kpis.pendingGates} />
        <div className="col-span-2 rounded-lg border border-gray-200 bg-gray-50 p-3 md:col-span-1 xl:col-span-1">
          <dt className="text-sm font-semibold text-muted">Samlet status</dt>
          <dd className="mt-1">
            <ul className="space-y-1 lg:grid lg:grid-cols-2 lg:gap-x-3 lg:gap-y-1 lg:space-y-0 xl:block xl:space-y-1">
              {(["red", "yellow", "green", null] as const).map((light) => (
                <li key={light ?? "none"}>
                  <Link
                    href={portfolioHref("/portfolio", scope, { light: light ?? "none" }) + "#projekter"}
                    className="flex min-h-11 items-center justify-between gap-2 rounded px-1 hover:bg-white"
                  >
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
