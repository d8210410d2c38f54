import type { EconomicRow } from "@/lib/domain/benefit-economy";

/** A group's sums with their amounts as written on the page (formatted on the server, so the browser writes the same). */
export type EconomyFigureRow = EconomicRow & { expected: string; realised: string };

const WIDTH = 640;
const LABEL = 150;
const VALUE = 150;
const GROUP = 58;
const BAR = 20;

/** Expected (light) against realised (dark) kr. per group, each bar labelled with its amount. */
export function EconomyChart({ id, title, rows }: { id: string; title: string; rows: EconomyFigureRow[] }) {
  const plot = WIDTH - LABEL - VALUE;
  const max = Math.max(1, ...rows.flatMap((row) => [row.expectedKr, row.realisedKr]));
  const x = (kr: number) => Math.round((kr / max) * plot * 10) / 10;
  const height = rows.length * GROUP + 30;
  const top = (index: number) => 26 + index * GROUP;
  const bar = (y: number, kr: number) => `M${LABEL} ${y}h${Math.max(kr > 0 ? 2 : 0, x(kr))}v${BAR}H${LABEL}z`;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>
        {`${title} for ${rows.length} ${rows.length === 1 ? "gruppe" : "grupper"}; beløbene står ved søjlerne og i tabellen under diagrammet.`}
      </title>
      <g fontSize="13" fill="#1b1f23">
        <rect x={LABEL} y={2} width={14} height={12} fill="#9cc7d1" />
        <text x={LABEL + 20} y={12}>
          Forventet
        </text>
        <rect x={LABEL + 110} y={2} width={14} height={12} fill="#124e5b" />
        <text x={LABEL + 130} y={12}>
          Realiseret
        </text>
      </g>
      {/* One group per kind of label, so that the shared presentation attributes are written once, not per row. */}
      <g fontSize="14" fill="#1b1f23" textAnchor="end" dominantBaseline="central">
        {rows.map((row, index) => (
          <text key={index} x={LABEL - 10} y={top(index) + BAR}>
            {row.key}
          </text>
        ))}
      </g>
      {/* Each colour's bars are one path: the amounts are written at the bars and in the table, the bars need no element each. */}
      <path fill="#9cc7d1" d={rows.map((row, index) => bar(top(index), row.expectedKr)).join("")} />
      <path fill="#124e5b" d={rows.map((row, index) => bar(top(index) + BAR + 2, row.realisedKr)).join("")} />
      <g fontSize="12" fill="#1b1f23" dominantBaseline="central">
        {rows.map((row, index) => (
          <text key={index} x={LABEL + x(row.expectedKr) + 6} y={top(index) + BAR / 2}>
            {row.expected}
          </text>
        ))}
        <g fontWeight="600">
          {rows.map((row, index) => (
            <text key={index} x={LABEL + x(row.realisedKr) + 6} y={top(index) + BAR * 1.5 + 2}>
              {row.realised}
            </text>
          ))}
        </g>
      </g>
    </svg>
  );
}
