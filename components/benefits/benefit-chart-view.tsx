"use client";

import { chartFrame } from "./benefit-chart-frame";
import type { BenefitChartLayout } from "./benefit-chart-layout";

const { width, height, margin } = chartFrame;

/**
 * Draws a benefit's path chart from its layout. A client component only so that the page's Server Components
 * payload carries the chart's numbers instead of every SVG element; its HTML is rendered on the server as before.
 * Colours and strokes come from .benefit-chart in the global stylesheet, so each mark carries only its geometry.
 */
export function BenefitChartView({
  id,
  title,
  description,
  layout,
  tolerancePercent,
}: {
  id: string;
  title: string;
  description: string;
  layout: BenefitChartLayout;
  tolerancePercent: number;
}) {
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} className="benefit-chart" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <path className="grid-lines" d={layout.yTicks.map(([y]) => `M${margin.left} ${y}H${width - margin.right}`).join("")} />
        {/* A label's y is its tick's plus a third of the font size: centred on the line without a baseline attribute per label. */}
        <g className="y-ticks">
          {layout.yTicks.map(([y, label], index) => (
            <text key={index} x={margin.left - 6} y={y + 4}>
              {label}
            </text>
          ))}
        </g>
        <g className="x-ticks">
          {layout.xTicks.map(([x, label], index) => (
            <text key={index} x={x} y={height - margin.bottom + 18}>
              {label}
            </text>
          ))}
        </g>
        <polygon points={layout.band} />
        <path className="base-line" d={`M${margin.left} ${layout.baseline}H${width - margin.right}`} />
        <polyline points={layout.line} />
        <path className="today" d={`M${layout.today} ${margin.top}V${height - margin.bottom}`} />
        <text className="today-label" x={layout.today + 4} y={margin.top + 10}>
          I dag
        </text>
        {layout.dots.map(([cx, cy], index) => (
          <circle key={index} cx={cx} cy={cy} r="4.5" />
        ))}
      </svg>
      <figcaption className="chart-legend">
        {["━ Målsti", `▒ Tolerance ±${tolerancePercent} %`, "┄ Baseline", "● Målinger"].map((entry) => (
          <span key={entry}>{entry}</span>
        ))}
      </figcaption>
    </figure>
  );
}
