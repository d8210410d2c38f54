import type { EconomicRow } from "@/lib/domain/benefit-economy";

/** A group's sums with their amounts as written on the page (formatted on the server, so the browser writes the same). */
export type EconomyFigureRow = EconomicRow & { expected: string; realised: string };

const WIDTH = 640;
const VALUE = 150;
/** Each group's name stands on its own line above its bars, so a long department name is never cut. */
const NAME = 20;
const GROUP = NAME + 2 * 20 + 2 + 16;
const BAR = 20;

/** Expected (light) against realised to date (dark) kr. per group, each bar labelled with its amount. */
export function EconomyChart({ id, title, rows }: { id: string; title: string; rows: EconomyFigureRow[] }) {
  const plot = WIDTH - VALUE;
  const max = Math.max(1, ...rows.flatMap((row) => [row.expectedKr, row.realisedKr]));
  const x = (kr: number) => Math.round((kr / max) * plot * 10) / 10;
  const height = rows.length * GROUP + 30;
  const top = (index: number) => 26 + index * GROUP;
  const bar = (y: number, kr: number) => `M0 ${y}h${Math.max(kr > 0 ? 2 : 0, x(kr))}v${BAR}H0z`;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>
        {`${title} for ${rows.length} ${rows.length === 1 ? "gruppe" : "grupper"}; beløbene står ved søjlerne og i tabellen under diagrammet.`}
      </title>
      <g fontSize="13" fill="#1b1f23">
        <rect x={0} y={2} width={14} height={12} fill="#9cc7d1" />
        <text x={20} y={12}>
          Forventet
        </text>
        <rect x={110} y={2} width={14} height={12} fill="#124e5b" />
        <text x={130} y={12}>
          Realiseret til dato
        </text>
      </g>
      {/* One group per kind of label, so that the shared presentation attributes are written once, not per row. */}
      <g fontSize="14" fontWeight="600" fill="#1b1f23" dominantBaseline="central">
        {rows.map((row, index) => (
          <text key={index} x={0} y={top(index) + NAME / 2}>
            {row.key}
          </text>
        ))}
      </g>
      {/* Each colour's bars are one path: the amounts are written at the bars and in the table, the bars need no element each. */}
      <path fill="#9cc7d1" d={rows.map((row, index) => bar(top(index) + NAME, row.expectedKr)).join("")} />
      <path fill="#124e5b" d={rows.map((row, index) => bar(top(index) + NAME + BAR + 2, row.realisedKr)).join("")} />
      <g fontSize="12" fill="#1b1f23" dominantBaseline="central">
        {rows.map((row, index) => (
          <text key={index} x={x(row.expectedKr) + 6} y={top(index) + NAME + BAR / 2}>
            {row.expected}
          </text>
        ))}
        <g fontWeight="600">
          {rows.map((row, index) => (
            <text key={index} x={x(row.realisedKr) + 6} y={top(index) + NAME + BAR * 1.5 + 2}>
              {row.realised}
            </text>
          ))}
        </g>
      </g>
    </svg>
  );
}
