"use client";

import { ChartTable } from "@/components/charts/chart-table";
import { EconomyChart, type EconomyFigureRow } from "./economy-chart";

/**
 * An economy chart with its table. A client component only so that the page's Server Components payload carries the
 * groups' sums once, as data, instead of every bar, label and table cell twice; its HTML is rendered on the server as before.
 */
export function EconomyFigure({ id, title, keyHeader, rows }: { id: string; title: string; keyHeader: string; rows: EconomyFigureRow[] }) {
  return (
    <>
      <EconomyChart id={id} title={title} rows={rows} />
      <ChartTable
        caption={title}
        headers={[keyHeader, "Forventet", "Realiseret til dato"]}
        numeric={[1, 2]}
        rows={rows.map((row) => ({ key: row.key, cells: [row.key, row.expected, row.realised] }))}
      />
    </>
  );
}
