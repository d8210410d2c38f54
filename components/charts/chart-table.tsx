import { TableScroller } from "@/components/ui/table-scroller";

export type ChartTableRow = { key: string; cells: React.ReactNode[] };

/** The table behind a chart, folded away under "Vis som tabel" (and not printed). */
export function ChartTable({ caption, headers, rows, numeric = [] }: { caption: string; headers: string[]; rows: ChartTableRow[]; numeric?: number[] }) {
  return (
    <details className="mt-3 print:hidden">
      <summary className="inline-flex min-h-11 min-w-11 cursor-pointer items-center rounded px-1 font-medium text-brand-700 underline">
        Vis som tabel
      </summary>
      <div className="mt-2">
        <TableScroller label={caption}>
          <table className="data-table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {headers.map((header, index) => (
                  <th key={header} scope="col" className={numeric.includes(index) ? "num" : undefined}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className="font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className={numeric.includes(index) ? "num" : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </div>
    </details>
  );
}
