import type { Metadata } from "next";
import Link from "next/link";
import { OpenRiskTable } from "@/components/dashboard/open-risk-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { parsePortfolioFilter, parseRiskCell, portfolioHref } from "@/lib/validation/portfolio";
import { scopeLabel } from "@/components/dashboard/scope-label";

export const metadata: Metadata = { title: "Åbne risici" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortfolioRisksPage({ searchParams }: Props) {
  await requireCapability("portfolio.read");
  const params = await searchParams;
  const filter = parsePortfolioFilter(params);
  const cell = parseRiskCell(params);
  const where = [cell.p && `sandsynlighed ${cell.p}`, cell.c && `konsekvens ${cell.c}`].filter(Boolean).join(" og ") + (cell.view === "after" && (cell.p || cell.c) ? " efter handling" : "");
  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm print:hidden">
        <Link href={portfolioHref("/portfolio", filter, { phase: filter.phase === "active" ? undefined : filter.phase })} className="inline-flex min-h-11 items-center underline">
          ← Portefølje
        </Link>
      </nav>
      <PageHeader
        title="Åbne risici"
        description={`Åbne risici i ${scopeLabel(filter)}${where ? ` med ${where}` : ""} under porteføljens filtre, højeste score først.`}
      />
      <OpenRiskTable filter={filter} cell={cell} searchParams={params} />
    </>
  );
}
