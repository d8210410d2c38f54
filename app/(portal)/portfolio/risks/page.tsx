import type { Metadata } from "next";
import { OpenRiskTable } from "@/components/dashboard/open-risk-table";
import { PortfolioHeader } from "@/components/dashboard/portfolio-frame";
import { RiskHeatmapWidget } from "@/components/dashboard/risk-heatmap-widget";
import { scopeLabel } from "@/components/dashboard/scope-label";
import { requireCapability } from "@/lib/auth/current-user";
import { parsePortfolioFilter, parseRiskCell } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Åbne risici · Portefølje" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The heatmap of open risks and, below it, the risks of the chosen cell (or all of them), highest score first. */
export default async function PortfolioRisksPage({ searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const params = await searchParams;
  const filter = parsePortfolioFilter(params);
  const cell = parseRiskCell(params);
  const where = [cell.p && `sandsynlighed ${cell.p}`, cell.c && `konsekvens ${cell.c}`].filter(Boolean).join(" og ") + (cell.view === "after" && (cell.p || cell.c) ? " efter handling" : "");
  return (
    <>
      <PortfolioHeader
        view="risks"
        title="Åbne risici"
        description="Porteføljens åbne risici efter sandsynlighed og konsekvens, under filtrene."
        filter={filter}
        user={user}
      />
      <div className="max-w-3xl">
        <RiskHeatmapWidget filter={filter} view={cell.view ?? "before"} />
      </div>
      <section aria-labelledby="risk-list-heading" className="mt-8">
        <h2 id="risk-list-heading" className="mb-2 text-xl font-semibold">
          {where ? `Åbne risici med ${where}` : "Alle åbne risici"}
        </h2>
        <p className="mb-3 text-sm text-muted">I {scopeLabel(filter)}, højeste score først.</p>
        <OpenRiskTable filter={filter} cell={cell} searchParams={params} />
      </section>
    </>
  );
}
