import { radarRingLabels } from "@/lib/domain/labels";
import type { RadarRing } from "@/lib/queries/radar";
import { radarCenter, radarSize, ringBands, ringLabelRadius, technologyHref, type Blip } from "./layout";

const ringFills: Record<RadarRing, string> = { adopt: "#d4e9ee", trial: "#e2eff2", assess: "#eef6f8", hold: "#f8fbfc" };

function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function blipLabel(blip: Blip): string {
  const { entry } = blip;
  return `${blip.number}. ${entry.name}: ${radarRingLabels[entry.ring]}, ${countText(entry.experiments.length, "forsøg", "forsøg")} og ${countText(entry.projects.length, "projekt", "projekter")}`;
}

/** The technology radar as server-rendered SVG; every dot is a link to the technology's experiments and projects. */
export function RadarChart({ blips, labelledBy, selected }: { blips: Blip[]; labelledBy: string; selected?: string }) {
  const rings = (Object.keys(ringBands) as RadarRing[]).slice().reverse();
  return (
    <svg viewBox={`0 0 ${radarSize} ${radarSize}`} role="group" aria-labelledby={labelledBy} className="mx-auto h-auto w-full max-w-[640px]">
      {rings.map((ring) => (
        <circle key={ring} cx={radarCenter} cy={radarCenter} r={ringBands[ring].outer} fill={ringFills[ring]} stroke="#5b7f88" strokeWidth={1.5} />
      ))}
      <line x1={radarCenter} y1={radarCenter - ringBands.hold.outer} x2={radarCenter} y2={radarCenter + ringBands.hold.outer} stroke="#c3d3d7" aria-hidden="true" />
      <line x1={radarCenter - ringBands.hold.outer} y1={radarCenter} x2={radarCenter + ringBands.hold.outer} y2={radarCenter} stroke="#c3d3d7" aria-hidden="true" />
      {rings.map((ring) => (
        <text
          key={`label-${ring}`}
          x={radarCenter}
          y={radarCenter - ringLabelRadius(ring) + 5}
          textAnchor="middle"
          fontSize={15}
          fontWeight={700}
          fill="#0d3b45"
          stroke="#ffffff"
          strokeWidth={4}
          paintOrder="stroke"
          aria-hidden="true"
        >
          {radarRingLabels[ring]}
        </text>
      ))}
      {blips.map((blip) => {
        const byExperiment = blip.entry.placedBy === "experiment";
        const isSelected = selected !== undefined && blip.entry.name.toLocaleLowerCase("da") === selected.toLocaleLowerCase("da");
        return (
          <a key={`${blip.entry.ring}-${blip.entry.name}`} href={technologyHref(blip.entry.name)} aria-label={blipLabel(blip)} className="group outline-none">
            <circle cx={blip.x} cy={blip.y} r={21} fill="transparent" />
            <circle
              cx={blip.x}
              cy={blip.y}
              r={17}
              fill="none"
              stroke="#1d4ed8"
              strokeWidth={3}
              className={isSelected ? "" : "opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100"}
            />
            <circle cx={blip.x} cy={blip.y} r={12} fill={byExperiment ? "#124e5b" : "#ffffff"} stroke="#124e5b" strokeWidth={2} />
            <text
              x={blip.x}
              y={blip.y + 4}
              textAnchor="middle"
              fontSize={11}
              fontWeight={700}
              fill={byExperiment ? "#ffffff" : "#124e5b"}
              aria-hidden="true"
            >
              {blip.number}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
