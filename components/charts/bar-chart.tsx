import { scaleLinear } from "d3-scale";

export type Bar = { key: string; label: string; value: number; valueLabel: string };

const WIDTH = 640;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 150;
const ROW = 34;
const BAR = 22;

/**
 * Horizontal bars with the label left and the value as text right of each bar, so no colour is needed
 * to read it. `centered` draws a funnel (bars centred on the plot area). Colours and type are in globals.css
 * (`.bar-chart`), written once rather than on every mark.
 */
export function BarChart({ id, title, bars, centered = false }: { id: string; title: string; bars: Bar[]; centered?: boolean }) {
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const x = scaleLinear().domain([0, max]).rangeRound([0, plotWidth]);
  const height = bars.length * ROW + 8;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="bar-chart" role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{`${title}: ${bars.map((bar) => `${bar.label} ${bar.valueLabel}`).join(", ")}`}</title>
      {bars.map((bar, index) => {
        const y = 4 + index * ROW;
        const width = bar.value > 0 ? Math.max(2, x(bar.value)) : 0;
        const left = LABEL_WIDTH + (centered ? (plotWidth - width) / 2 : 0);
        return (
          <g key={bar.key}>
            <text x={LABEL_WIDTH - 10} y={y + BAR / 2} className="label">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={plotWidth} height={BAR} className="track" />
            <rect x={left} y={y} width={width} height={BAR} rx="3" />
            <text x={LABEL_WIDTH + plotWidth + 10} y={y + BAR / 2} className="value">
              {bar.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
