import type { Metadata } from "next";
import { AttentionWidget } from "@/components/dashboard/attention-widget";
import { InvolvementWidget } from "@/components/dashboard/involvement-widget";
import { KpiWidget } from "@/components/dashboard/kpi-widget";
import { LightMatrixWidget } from "@/components/dashboard/light-matrix-widget";
import { PhaseFunnelWidget } from "@/components/dashboard/phase-funnel-widget";
import { PortfolioHeader } from "@/components/dashboard/portfolio-frame";
import { PurposeBalanceWidget } from "@/components/dashboard/purpose-balance-widget";
import { requireCapability } from "@/lib/auth/current-user";
import { staleCutoff } from "@/lib/queries/dashboard";
import { readSettings } from "@/lib/settings";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Portefølje" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The portfolio's overview: key figures, what needs attention, and the balance; every count leads to the register. */
export default async function PortfolioPage({ searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const filter = parsePortfolioFilter(await searchParams);
  const { staleReportDays } = readSettings();
  const cutoff = staleCutoff(new Date(), staleReportDays);

  return (
    <>
      <PortfolioHeader
        view="overview"
        title="Portefølje"
        description="Koncernledelsens overblik over kommunens digitaliseringsprojekter."
        filter={filter}
        user={user}
      />
      <div className="grid gap-6 xl:grid-cols-2 print:block print:space-y-4">
        <div className="min-w-0 xl:col-span-2">
          <KpiWidget filter={filter} cutoff={cutoff} staleReportDays={staleReportDays} />
        </div>
        <div className="min-w-0 xl:col-span-2">
          <AttentionWidget filter={filter} cutoff={cutoff} staleReportDays={staleReportDays} />
        </div>
        <LightMatrixWidget filter={filter} />
        <PhaseFunnelWidget filter={filter} />
        <PurposeBalanceWidget filter={filter} />
        <InvolvementWidget filter={filter} />
      </div>
    </>
  );
}
