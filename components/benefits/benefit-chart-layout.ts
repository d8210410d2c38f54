import { scaleLinear, scaleTime } from "d3-scale";
import { expectedValue, type BenefitPath, type Measurement } from "@/lib/domain/benefit-assessment";
import { parseDay, toDay } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/format";
import { chartFrame } from "./benefit-chart-frame";

/**
 * Where the marks of a benefit's path chart go, in the chart's own units: as short as it can be, since it travels in
 * the page's Server Components payload for every chart on a page.
 */
export type BenefitChartLayout = {
  /** Per value tick: its y and its label. */
  yTicks: [number, string][];
  /** Per month tick: its x and its label. */
  xTicks: [number, string][];
  /** The tolerance band's polygon points. */
  band: string;
  /** The target path's polyline points. */
  line: string;
  /** The baseline's y. */
  baseline: number;
  /** Today's x. */
  today: number;
  /** Per measurement: its x and y. */
  dots: [number, number][];
};

const monthLabel = new Intl.DateTimeFormat("da-DK", { month: "short", year: "2-digit" });

function addDays(day: string, days: number): string {
  return toDay(new Date(parseDay(day).getTime() + days * 86_400_000));
}

/** Baseline, target path, tolerance band (± tolerance of the path's span), measurements and today, from the first date shown to a month past the last. */
export function benefitChartLayout(path: BenefitPath, measurements: Measurement[], tolerance: number, today: string): BenefitChartLayout {
  const { width, height, margin } = chartFrame;
  const dates = [path.baselineDate, path.targetDate, today, ...measurements.map((m) => m.date)].sort();
  const start = dates[0];
  const end = addDays(dates[dates.length - 1], 30);
  const span = Math.abs(path.targetValue - path.baselineValue) || Math.abs(path.targetValue) || 1;
  const slack = tolerance * span;
  const values = [path.baselineValue, path.targetValue, ...measurements.map((m) => m.value)];
  // A measure that never goes below zero (hours, shares, counts) gets no axis below zero.
  const floor = Math.min(...values) >= 0 ? 0 : -Infinity;
  const low = Math.max(floor, Math.min(...values) - slack * 2.5);
  const high = Math.max(...values) + slack * 2.5;

  const x = scaleTime().domain([parseDay(start), parseDay(end)]).rangeRound([margin.left, width - margin.right]);
  const y = scaleLinear().domain([low, high]).nice().rangeRound([height - margin.bottom, margin.top]);
  const pathDays = [start, path.baselineDate, path.targetDate, end].filter((day, index, all) => all.indexOf(day) === index).sort();
  const point = (day: string, offset: number) => `${x(parseDay(day))},${y(Math.max(floor, expectedValue(path, day) + offset))}`;
  return {
    yTicks: y.ticks(5).map((tick) => [y(tick), formatNumber(tick)]),
    xTicks: x.ticks(5).map((tick) => [x(tick), monthLabel.format(tick)]),
    band: [...pathDays.map((day) => point(day, slack)), ...[...pathDays].reverse().map((day) => point(day, -slack))].join(" "),
    line: pathDays.map((day) => point(day, 0)).join(" "),
    baseline: y(path.baselineValue),
    today: x(parseDay(today)),
    dots: measurements.map((m) => [x(parseDay(m.date)), y(m.value)]),
  };
}
