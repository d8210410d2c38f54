import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { FilterForm } from "@/components/dashboard/filter-form";
import { parsePortfolioView, portfolioViewPath, portfolioViews } from "@/components/dashboard/portfolio-views";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { getFilterOptions } from "@/lib/queries/dashboard-options";
import { parsePortfolioFilter, portfolioHref } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Filtrér porteføljen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The portfolio's filter form; a plain GET form that returns to the view it was opened from. */
export default async function PortfolioFilterPage({ searchParams }: Props) {
  await requireCapability("portfolio.read");
  const params = await searchParams;
  const view = parsePortfolioView(params.visning);
  const filter = parsePortfolioFilter(params);
  const path = portfolioViewPath(view);
  const label = portfolioViews.find((entry) => entry.key === view)!.label;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={portfolioHref(path, filter)} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til {label.toLowerCase()}
        </Link>
      </p>
      <PageHeader title="Filtrér porteføljen" description="Filtrene gælder alle porteføljens visninger og eksporterne." />
      <div className="card max-w-5xl">
        <FilterForm filter={filter} options={getFilterOptions()} action={path} />
      </div>
    </>
  );
}
