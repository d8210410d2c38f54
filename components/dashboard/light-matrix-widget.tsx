import { LightBadge } from "@/components/ui/light-badge";
import { TableScroller } from "@/components/ui/table-scroller";
import { lightLabels } from "@/lib/domain/labels";
import { getDepartmentLightMatrix } from "@/lib/queries/dashboard";
import { projectListHref, statusScope, type LightFilter, type PortfolioFilter } from "@/lib/validation/portfolio";
import { scopeLabel } from "./scope-label";
import { EmptyState, Widget } from "./widget";

const columns: { light: LightFilter; label: string }[] = [
  { light: "green", label: lightLabels.green },
  { light: "yellow", label: lightLabels.yellow },
  { light: "red", label: lightLabels.red },
  { light: "none", label: "Ingen status" },
];

export async function LightMatrixWidget({ filter }: { filter: PortfolioFilter }) {
  const rows = getDepartmentLightMatrix(filter);
  const scope = statusScope(filter);
  const totals = Object.fromEntries(columns.map(({ light }) => [light, rows.reduce((sum, row) => sum + row.counts[light], 0)]));
  return (
    <Widget
      id="matrix"
      title="Status pr. afdeling"
      description={`Seneste udgivne statusrapports samlede vurdering for ${scopeLabel(filter)}. Vælg et tal for at se projekterne.`}
    >
      {rows.length === 0 ? (
        <EmptyState>Ingen projekter matcher filtrene.</EmptyState>
      ) : (
        <TableScroller label="Statusmatrix">
          <table className="data-table matrix">
            <caption className="sr-only">Antal projekter pr. afdeling og samlet status</caption>
            <thead>
              <tr>
                <th scope="col">Afdeling</th>
                {columns.map((column) => (
                  <th key={column.light} scope="col" className="!px-2 !text-center">
                    {column.light === "none" ? <LightBadge light={null} /> : <LightBadge light={column.light} />}
                  </th>
                ))}
                <th scope="col" className="!text-right">
                  I alt
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.departmentId}>
                  <th scope="row">{row.departmentName}</th>
                  {columns.map((column) => {
                    const value = row.counts[column.light];
                    return (
                      <td key={column.light} className={value > 0 ? "lit" : undefined}>
                        {value > 0 ? (
                          <a href={projectListHref(scope, { department: row.departmentId, light: column.light })}>
                            {value}
                            <span className="sr-only">{` projekter i ${row.departmentName} med status ${column.label}`}</span>
                          </a>
                        ) : (
                          0
                        )}
                      </td>
                    );
                  })}
                  <td>{row.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-gray-300 bg-gray-50">
                <th scope="row" className="px-3 py-2 text-left font-semibold">
                  I alt
                </th>
                {columns.map((column) => (
                  <td key={column.light} className="px-2 py-2 text-center font-semibold tabular-nums">
                    {totals[column.light]}
                  </td>
                ))}
                <td className="px-3 py-2 text-right font-bold tabular-nums">{rows.reduce((sum, row) => sum + row.total, 0)}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroller>
      )}
    </Widget>
  );
}
