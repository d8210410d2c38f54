import { scaleUtc } from "d3-scale";
import { daysBetween, parseDay, wholeMonthsBetween } from "@/lib/domain/dates";

export type RoadmapBarInput = { key: string; start: string; end: string; forecastEnd: string | null };

export type RoadmapRow = {
  key: string;
  y: number;
  baseline: { x: number; width: number };
  /** From the baseline end to a later forecast end. */
  delay: { x: number; width: number } | null;
  forecastX: number | null;
  deviation: string;
};

export type RoadmapGeometry = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; label: string }[];
  todayX: number | null;
  rows: RoadmapRow[];
};

export const ROADMAP = { width: 960, labelWidth: 260, deviationWidth: 150, row: 30, bar: 16, axis: 30 } as const;

const monthLabel = new Intl.DateTimeFormat("da-DK", { month: "short", year: "numeric", timeZone: "UTC" });

/** "+3 mdr.", "+12 dage", "8 dage før" or "Til tiden": how far the forecast end lies from the baseline end. */
export function deviationText(baselineEnd: string, forecastEnd: string | null): string {
  if (!forecastEnd) return "Ingen prognose";
  const days = daysBetween(baselineEnd, forecastEnd);
  if (days === 0) return "Til tiden";
  if (days < 0) {
    const months = wholeMonthsBetween(forecastEnd, baselineEnd);
    return months >= 1 ? `${months} mdr. før` : `${-days} ${days === -1 ? "dag" : "dage"} før`;
  }
  const months = wholeMonthsBetween(baselineEnd, forecastEnd);
  return months >= 1 ? `+${months} mdr.` : `+${days} ${days === 1 ? "dag" : "dage"}`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Positions of the roadmap's bars, axis ticks and today line in a fixed viewBox. */
export function roadmapLayout(items: RoadmapBarInput[], today: string): RoadmapGeometry {
  const { width, labelWidth, deviationWidth, row, bar, axis } = ROADMAP;
  const plot = { left: labelWidth, right: width - deviationWidth, top: axis, bottom: axis + items.length * row };
  const days = items.flatMap((item) => [item.start, item.end, ...(item.forecastEnd ? [item.forecastEnd] : [])]);
  const min = days.length ? days.reduce((a, b) => (a < b ? a : b)) : today;
  const max = days.length ? days.reduce((a, b) => (a > b ? a : b)) : today;
  const x = scaleUtc()
    .domain([parseDay(min), parseDay(max > min ? max : today > min ? today : `${Number(min.slice(0, 4)) + 1}${min.slice(4)}`)])
    .range([plot.left, plot.right])
    .nice();
  // Tenths of a unit are finer than any screen shows; fifteen decimals only fatten the page.
  const pos = (day: string) => round(x(parseDay(day)));
  const [domainStart, domainEnd] = x.domain();
  const todayTime = parseDay(today).getTime();
  const rows = items.map((item, index) => {
    const y = plot.top + index * row + (row - bar) / 2;
    const baselineX = pos(item.start);
    const endX = pos(item.end);
    const forecastX = item.forecastEnd ? pos(item.forecastEnd) : null;
    return {
      key: item.key,
      y,
      baseline: { x: baselineX, width: round(Math.max(2, endX - baselineX)) },
      delay: forecastX !== null && forecastX > endX ? { x: endX, width: round(forecastX - endX) } : null,
      forecastX,
      deviation: deviationText(item.end, item.forecastEnd),
    };
  });
  return {
    width,
    height: plot.bottom + 22,
    plot,
    ticks: x.ticks(6).map((tick) => ({ x: round(x(tick)), label: monthLabel.format(tick) })),
    todayX: todayTime >= domainStart.getTime() && todayTime <= domainEnd.getTime() ? pos(today) : null,
    rows,
  };
}
