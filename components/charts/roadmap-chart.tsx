import { roadmapLayout, ROADMAP, type RoadmapBarInput } from "./roadmap-layout";

export type RoadmapChartItem = RoadmapBarInput & { label: string };

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Baseline start → baseline end as a bar, a red extension up to a later forecast end, the deviation as text. */
export function RoadmapChart({ id, title, items, today }: { id: string; title: string; items: RoadmapChartItem[]; today: string }) {
  const geometry = roadmapLayout(items, today);
  const { plot } = geometry;
  return (
    <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{title}</title>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fde8e6" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#b42318" strokeWidth="3" />
        </pattern>
      </defs>
      {/* Shared presentation attributes sit on the groups, so each row repeats only what differs. */}
      <g stroke="#d9dee3">
        {geometry.ticks.map((tick) => (
          <line key={tick.x} x1={tick.x} x2={tick.x} y1={plot.top - 4} y2={plot.bottom} />
        ))}
      </g>
      <g textAnchor="middle" fontSize="13" fill="#4b5563">
        {geometry.ticks.map((tick) => (
          <text key={tick.x} x={tick.x} y={plot.top - 10}>
            {tick.label}
          </text>
        ))}
      </g>
      <g fontSize="14" fill="#1b1f23">
        {geometry.rows.map((row, index) => {
          const item = items[index];
          return (
            <g key={row.key}>
              <text x={plot.left - 10} y={row.y + ROADMAP.bar / 2} dominantBaseline="central" textAnchor="end">
                {truncate(item.label, 28)}
              </text>
              <rect x={row.baseline.x} y={row.y} width={row.baseline.width} height={ROADMAP.bar} rx="3" fill="#17606f" />
              {row.delay && <rect x={row.delay.x} y={row.y} width={row.delay.width} height={ROADMAP.bar} fill={`url(#${id}-hatch)`} stroke="#b42318" />}
              {row.forecastX !== null && (
                <path d={`M ${row.forecastX} ${row.y - 3} l 5 ${ROADMAP.bar / 2 + 3} l -5 ${ROADMAP.bar / 2 + 3} l -5 ${-(ROADMAP.bar / 2 + 3)} z`} />
              )}
              <text x={plot.right + 12} y={row.y + ROADMAP.bar / 2} dominantBaseline="central" {...(row.delay ? { fontWeight: 700, fill: "#b42318" } : {})}>
                {row.deviation}
              </text>
            </g>
          );
        })}
      </g>
      {geometry.todayX !== null && (
        <g>
          <line x1={geometry.todayX} x2={geometry.todayX} y1={plot.top - 4} y2={plot.bottom} stroke="#1d4ed8" strokeWidth="2" strokeDasharray="4 3" />
          <text x={geometry.todayX + 4} y={plot.bottom + 2} fontSize="12" fill="#1d4ed8" dominantBaseline="hanging">
            I dag
          </text>
        </g>
      )}
    </svg>
  );
}
