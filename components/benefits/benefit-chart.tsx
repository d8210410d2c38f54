import { scaleLinear, scaleTime } from "d3-scale";
import { expectedValue, type BenefitPath, type Measurement } from "@/lib/domain/benefit-assessment";
import { parseDay, toDay } from "@/lib/domain/dates";
import { formatCount, formatDate, formatNumber } from "@/lib/format";

const width = 640;
const height = 260;
const margin = { top: 16, right: 16, bottom: 36, left: 56 };

const monthLabel = new Intl.DateTimeFormat("da-DK", { month: "short", year: "2-digit" });

function addDays(day: string, days: number): string {
  return toDay(new Date(parseDay(day).getTime() + days * 86_400_000));
}

/** Baseline, target path, tolerance band, measurements and today's line, drawn on the server. */
export function BenefitChart({
  id,
  title,
  path,
  measurements,
  tolerance,
  unit,
  today,
}: {
  id: string;
  title: string;
  path: BenefitPath;
  measurements: Measurement[];
  tolerance: number;
  unit: string;
  today: string;
}) {
  const dates = [path.baselineDate, path.targetDate, today, ...measurements.map((m) => m.date)].sort();
  const start = dates[0];
  const end = addDays(dates[dates.length - 1], 30);
  const span = Math.abs(path.targetValue - path.baselineValue) || Math.abs(path.targetValue) || 1;
  const slack = tolerance * span;
  const values = [path.baselineValue, path.targetValue, ...measurements.map((m) => m.value)];
  const low = Math.min(...values) - slack * 2.5;
  const high = Math.max(...values) + slack * 2.5;

  const x = scaleTime().domain([parseDay(start), parseDay(end)]).rangeRound([margin.left, width - margin.right]);
  const y = scaleLinear().domain([low, high]).nice().rangeRound([height - margin.bottom, margin.top]);
  const pathDays = [start, path.baselineDate, path.targetDate, end].filter((day, index, all) => all.indexOf(day) === index).sort();
  const line = pathDays.map((day) => `${x(parseDay(day))},${y(expectedValue(path, day))}`).join(" ");
  const band = [
    ...pathDays.map((day) => `${x(parseDay(day))},${y(expectedValue(path, day) + slack)}`),
    ...[...pathDays].reverse().map((day) => `${x(parseDay(day))},${y(expectedValue(path, day) - slack)}`),
  ].join(" ");
  const yTicks = y.ticks(5);
  const xTicks = x.ticks(5);
  const todayX = x(parseDay(today));

  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {`Målsti fra ${formatNumber(path.baselineValue)} (${formatDate(path.baselineDate)}) til ${formatNumber(path.targetValue)} ${unit} (${formatDate(path.targetDate)}), ` +
            `med ${formatCount(measurements.length, "måling", "målinger")}. Se tabellen under grafen.`}
        </desc>
        {/* Shared presentation attributes sit on the groups, so each tick repeats only its position. */}
        <g stroke="#e5e7eb">
          {yTicks.map((tick) => (
            <line key={tick} x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
          ))}
        </g>
        <g fontSize="11" fill="#374151" textAnchor="end">
          {yTicks.map((tick) => (
            <text key={tick} x={margin.left - 6} y={y(tick)} dominantBaseline="middle">
              {formatNumber(tick)}
            </text>
          ))}
        </g>
        <g fontSize="11" fill="#374151" textAnchor="middle">
          {xTicks.map((tick) => (
            <text key={tick.getTime()} x={x(tick)} y={height - margin.bottom + 18}>
              {monthLabel.format(tick)}
            </text>
          ))}
        </g>
        <polygon points={band} fill="#d4e9ee" opacity="0.7" />
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={y(path.baselineValue)}
          y2={y(path.baselineValue)}
          stroke="#6b7280"
          strokeDasharray="4 4"
        />
        <polyline points={line} fill="none" stroke="#124e5b" strokeWidth="2.5" />
        <line x1={todayX} x2={todayX} y1={margin.top} y2={height - margin.bottom} stroke="#b42318" strokeDasharray="2 3" />
        <text x={todayX + 4} y={margin.top + 10} fontSize="11" fill="#b42318">
          I dag
        </text>
        <g fill="#1b1f23" stroke="white" strokeWidth="1.5">
          {measurements.map((m) => (
            <circle key={`${m.date}-${m.value}`} cx={x(parseDay(m.date))} cy={y(m.value)} r="4.5" />
          ))}
        </g>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span>━ Målsti</span>
        <span>▒ Tolerance ±{Math.round(tolerance * 100)} %</span>
        <span>┄ Baseline</span>
        <span>● Målinger</span>
      </figcaption>
    </figure>
  );
}
