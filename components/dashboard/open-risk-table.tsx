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
        <table className="data-table rows-top min-w-[640px]">
          <caption className="sr-only">Åbne risici</caption>
          <thead>
            <tr>
              <th scope="col">Risiko</th>
              <th scope="col">Projekt</th>
              <th scope="col">Kategori</th>
              <th scope="col">Score (sandsynlighed × konsekvens)</th>
              <th scope="col">Risikoejer</th>
            </tr>
          </thead>
          <tbody>
            {risks.map((risk) => {
              const level = riskLevelStyles[riskLevel(risk.score)];
              return (
                <tr key={risk.id}>
                  <td>
                    <b>{risk.title}</b>
                    {risk.action && <small>{`Tiltag: ${risk.action}`}</small>}
                  </td>
                  <td>
                    <a href={`/projects/${risk.projectCode}?tab=risks`} className="row-link stacked">
                      <code>{risk.projectCode}</code>
                      {risk.projectTitle}
                    </a>
                    <small>{risk.departmentName}</small>
                  </td>
                  <td>{riskCategoryLabels[risk.category]}</td>
                  <td>
                    {`${risk.probability} × ${risk.consequence} = `}
                    <span className={`risk-pill ${level.cell}`}>{`${risk.score} · ${level.label}`}</span>
                  </td>
                  <td>{risk.ownerName ?? "–"}</td>
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
