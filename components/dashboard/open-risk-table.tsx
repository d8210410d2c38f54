import Link from "next/link";
import { TableScroller } from "@/components/ui/table-scroller";
import { riskCategoryLabels } from "@/lib/domain/labels";
import { Pagination } from "@/components/ui/pagination";
import { listOpenRisks } from "@/lib/queries/dashboard-risks";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import type { PortfolioFilter, RiskCell } from "@/lib/validation/portfolio";
import { riskLevel, riskLevelStyles } from "./risk-level";
import { EmptyState } from "./widget";

/** The open risks under the portfolio's filters and the chosen heatmap cell, 50 to a page. */
export async function OpenRiskTable({ filter, cell, searchParams }: { filter: PortfolioFilter; cell: RiskCell; searchParams: SearchParams }) {
  const { rows: risks, info } = listOpenRisks(filter, cell, parsePageRequest(searchParams));
  if (info.total === 0) return <EmptyState>Ingen åbne risici matcher.</EmptyState>;
  return (
    <>
      <TableScroller label="Åbne risici">
        <table className="w-full min-w-[720px] text-sm">
          <caption className="sr-only">Åbne risici</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Risiko</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Projekt</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Kategori</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Sandsynlighed</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Konsekvens</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Score</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Risikoejer</th>
            </tr>
          </thead>
          <tbody>
            {risks.map((risk) => {
              const level = riskLevelStyles[riskLevel(risk.score)];
              return (
                <tr key={risk.id} className="border-t border-gray-200 align-top">
                  <td className="px-3 py-2">
                    <span className="font-medium">{risk.title}</span>
                    {risk.action && <span className="block text-muted">Tiltag: {risk.action}</span>}
                  </td>
                  <td className="px-3 py-2">
                    <Link href={`/projects/${risk.projectCode}?tab=risks`} className="inline-flex min-h-11 flex-col justify-center text-brand-700 underline">
                      <span className="font-mono text-xs">{risk.projectCode}</span>
                      <span>{risk.projectTitle}</span>
                    </Link>
                    <span className="block text-muted">{risk.departmentName}</span>
                  </td>
                  <td className="px-3 py-2">{riskCategoryLabels[risk.category]}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{risk.probability}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{risk.consequence}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <span className={`inline-block rounded px-2 py-0.5 font-semibold ${level.cell}`}>
                      {risk.score} · {level.label}
                    </span>
                  </td>
                  <td className="px-3 py-2">{risk.ownerName ?? "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
      <Pagination info={info} path="/portfolio/risks" searchParams={searchParams} noun={info.total === 1 ? "risiko" : "risici"} label="Sider med åbne risici" />
    </>
  );
}
