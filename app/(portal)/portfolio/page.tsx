import type { Metadata } from "next";
import { AttentionWidget } from "@/components/dashboard/attention-widget";
import { ExportLinks } from "@/components/dashboard/export-links";
import { ImportLink } from "@/components/import/import-link";
import { FilterForm, FilterSummary } from "@/components/dashboard/filter-form";
import { InvolvementWidget } from "@/components/dashboard/involvement-widget";
import { KpiWidget } from "@/components/dashboard/kpi-widget";
import { LightMatrixWidget } from "@/components/dashboard/light-matrix-widget";
import { PhaseFunnelWidget } from "@/components/dashboard/phase-funnel-widget";
import { ProjectTableWidget } from "@/components/dashboard/project-table-widget";
import { PurposeBalanceWidget } from "@/components/dashboard/purpose-balance-widget";
import { RiskHeatmapWidget } from "@/components/dashboard/risk-heatmap-widget";
import { RoadmapWidget } from "@/components/dashboard/roadmap-widget";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { parsePageNumber } from "@/lib/domain/pagination";
import { staleCutoff } from "@/lib/queries/dashboard";
import { getFilterOptions } from "@/lib/queries/dashboard-options";
import { parseRiskScoreView, riskScoreViewParam } from "@/lib/domain/risk-score-view";
import { readSettings } from "@/lib/settings";
import { parsePortfolioFilter, portfolioQuery } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Portefølje" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortfolioPage({ searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const params = await searchParams;
  const filter = parsePortfolioFilter(params);
  const page = parsePageNumber(params.side);
  const options = getFilterOptions();
  const { staleReportDays } = readSettings();
  const now = new Date();
  const cutoff = staleCutoff(now, staleReportDays);

  return (
    <>
      <PageHeader title="Portefølje" description="Koncernledelsens overblik over kommunens digitaliseringsprojekter: status, økonomi, faser, risici og inddragelse.">
        <ExportLinks filter={filter} />
        <ImportLink user={user} />
      </PageHeader>

      <FilterSummary filter={filter} options={options} />

      <div className="grid gap-6 xl:grid-cols-2 print:block print:space-y-4">
        <div className="min-w-0 xl:col-span-2">
          <KpiWidget filter={filter} cutoff={cutoff} staleReportDays={staleReportDays} />
        </div>
        <div className="min-w-0 xl:col-span-2">
          <AttentionWidget filter={filter} cutoff={cutoff} staleReportDays={staleReportDays} />
        </div>
        {/* Below the key figures and the attention list, so those fill a tablet's first screen. */}
        <details className="card min-w-0 xl:col-span-2 print:hidden">
          <summary className="flex min-h-11 cursor-pointer items-center text-lg font-semibold">Filtrér porteføljen</summary>
          <FilterForm key={portfolioQuery(filter)} filter={filter} options={options} />
        </details>
        <LightMatrixWidget filter={filter} />
        <RiskHeatmapWidget filter={filter} view={parseRiskScoreView(params[riskScoreViewParam])} />
        <PhaseFunnelWidget filter={filter} />
        <PurposeBalanceWidget filter={filter} />
        <InvolvementWidget filter={filter} />
        <div className="min-w-0 xl:col-span-2">
          <RoadmapWidget filter={filter} today={toDay(now)} />
        </div>
      </div>

      <section className="mt-8 print:break-before-page">
        <h2 id="projekter" className="mb-2 scroll-mt-4 text-xl font-semibold">
          Projekter
        </h2>
        <ProjectTableWidget filter={filter} page={page} />
      </section>
    </>
  );
}
