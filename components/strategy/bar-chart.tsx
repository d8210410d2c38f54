import { scaleLinear } from "d3-scale";

export type BarDatum = { key: string; label: string; value: number; display: string };

const width = 440;
const labelWidth = 130;
const valueWidth = 120;
const rowHeight = 40;
const barHeight = 22;

/** A server-rendered horizontal bar chart; the page must also give the numbers as a table. */
export function HorizontalBarChart({ id, title, bars, color }: { id: string; title: string; bars: BarDatum[]; color: string }) {
  const height = bars.length * rowHeight + 8;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((bar) => bar.value))])
    .rangeRound([0, width - labelWidth - valueWidth]);
  const summary = bars.map((bar) => `${bar.label}: ${bar.display}`).join("; ");
  return (
    <figure className="card">
      <figcaption id={`${id}-caption`} className="mb-3 font-semibold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} stroke="#6b7280" strokeWidth={1} />
        {bars.map((bar, index) => {
          const y = 4 + index * rowHeight;
          const barWidth = x(bar.value);
          return (
            <g key={bar.key}>
              <text x={labelWidth - 8} y={y + rowHeight / 2} dominantBaseline="middle" textAnchor="end" fontSize={13} fill="#1b1f23">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y + (rowHeight - barHeight) / 2} width={barWidth} height={barHeight} rx={3} fill={color} />
              <text x={labelWidth + barWidth + 6} y={y + rowHeight / 2} dominantBaseline="middle" fontSize={13} fill="#1b1f23" className="tabular-nums">
                {bar.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
