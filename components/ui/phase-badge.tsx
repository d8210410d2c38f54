import type { Phase } from "@/lib/codes";
import { phaseLabels } from "@/lib/domain/labels";

/** A project's phase as a coloured pill (styles in globals.css). */
export function PhaseBadge({ phase }: { phase: Phase }) {
  return <span className={`badge phase-${phase}`}>{phaseLabels[phase]}</span>;
}
