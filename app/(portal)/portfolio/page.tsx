import type { Metadata } from "next";
import { Suspense } from "react";
import { AttentionWidget } from "@/components/dashboard/attention-widget";
import { ExportLinks } from "@/components/dashboard/export-links";
import { FilterForm, FilterSummary } from "@/components/dashboard/filter-form";
import { InvolvementWidget } from "@/components/dashboard/involvement-widget";
import { KpiWidget } from "@/components/dashboard/kpi-widget";
import { LightMatrixWidget } from "@/components/dashboard/light-matrix-widget";
import { PhaseFunnelWidget } from "@/components/dashboard/phase-funnel-widget";
import { ProjectTableWidget } from "@/components/dashboard/project-table-widget";
import { PurposeBalanceWidget } from "@/components/dashboard/purpose-balance-widget";
import { RiskHeatmapWidget } from "@/components/dashboard/risk-heatmap-widget";
import { RoadmapWidget } from "@/components/dashboard/roadmap-widget";
import { WidgetSkeleton } from "@/components/dashboard/widget";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { parsePageNumber } from "@/lib/domain/pagination";
import { staleCutoff } from "@/lib/queries/dashboard";
import { getFilterOptions } from "@/lib/queries/dashboard-options";
import { readSettings } from "@/lib/settings";
import { parsePortfolioFilter, portfolioQuery } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Portefølje" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortfolioPage({ searchParams }: Props) {
  await requireCapability("portfolio.read");
  const params = await searchParams;
  const filter = parsePortfolioFilter(params);
  const page = parsePageNumber(params.side);
  const options = getFilterOptions();
  const { staleReportDays } = readSettings();
  const now = new Date();
  const cutoff = staleCutoff(now, staleReportDays);
  // A new key per filter makes every widget show its skeleton again while the new view loads.
  const key = portfolioQuery(filter, {}, { sorting: false });

  return (
    <>
      <PageHeader title="Portefølje" description="Koncernledelsens overblik over kommunens digitaliseringsprojekter: status, økonomi, faser, risici og inddragelse.">
        <ExportLinks filter={filter} />
      </PageHeader>

      <FilterSummary filter={filter} options={options} />

      <noscript>
        <p className="mb-4 rounded-md border border-amber-600 bg-amber-50 p-3">
          Nøgletal og grafer indlæses med JavaScript. Uden JavaScript virker filtrene, eksporten og projekttabellen nederst på siden.
        </p>
      </noscript>
      <div className="grid gap-6 lg:grid-cols-2 print:block print:space-y-4">
        <div className="min-w-0 lg:col-span-2">
          <Suspense key={`kpi-${key}`} fallback={<WidgetSkeleton title="Nøgletal" lines={2} />}>
            <KpiWidget filter={filter} cutoff={cutoff} staleReportDays={staleReportDays} />
          </Suspense>
        </div>
        <div className="min-w-0 lg:col-span-2">
          <Suspense key={`attention-${key}`} fallback={<WidgetSkeleton title="Kræver opmærksomhed" />}>
            <AttentionWidget filter={filter} cutoff={cutoff} staleReportDays={staleReportDays} />
          </Suspense>
        </div>
        {/* Below the key figures and the attention list, so those fill a tablet's first screen. */}
        <details className="card min-w-0 lg:col-span-2 print:hidden">
          <summary className="flex min-h-11 cursor-pointer items-center text-lg font-semibold">Filtrér porteføljen</summary>
          <FilterForm key={portfolioQuery(filter)} filter={filter} options={options} />
        </details>
        <Suspense key={`matrix-${key}`} fallback={<WidgetSkeleton title="Status pr. afdeling" lines={6} />}>
          <LightMatrixWidget filter={filter} />
        </Suspense>
        <Suspense key={`risks-${key}`} fallback={<WidgetSkeleton title="Risici" lines={6} />}>
          <RiskHeatmapWidget filter={filter} />
        </Suspense>
        <Suspense key={`funnel-${key}`} fallback={<WidgetSkeleton title="Faser" lines={7} />}>
          <PhaseFunnelWidget filter={filter} />
        </Suspense>
        <Suspense key={`purpose-${key}`} fallback={<WidgetSkeleton title="Formål" lines={5} />}>
          <PurposeBalanceWidget filter={filter} />
        </Suspense>
        <Suspense key={`involvement-${key}`} fallback={<WidgetSkeleton title="Inddragelse" lines={2} />}>
          <InvolvementWidget filter={filter} />
        </Suspense>
        <div className="min-w-0 lg:col-span-2">
          <Suspense key={`roadmap-${key}`} fallback={<WidgetSkeleton title="Køreplan" lines={8} />}>
            <RoadmapWidget filter={filter} today={toDay(now)} />
          </Suspense>
        </div>
      </div>

      <section className="mt-8 print:break-before-page">
        <h2 id="projekter" className="mb-2 scroll-mt-4 text-xl font-semibold">
          Projekter
        </h2>
        {/* Not streamed: the filtered list is the page's main content and must show without JavaScript too. */}
        <ProjectTableWidget filter={filter} page={page} />
      </section>
    </>
  );
}
