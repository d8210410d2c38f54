import type { Phase } from "@/lib/codes";
import { phaseLabels } from "@/lib/domain/labels";

const phaseStyles: Record<Phase, string> = {
  idea: "bg-gray-100 text-gray-800 border-gray-300",
  analysis: "bg-sky-50 text-sky-900 border-sky-300",
  trial: "bg-violet-50 text-violet-900 border-violet-300",
  implementation: "bg-amber-50 text-amber-900 border-amber-300",
  realisation: "bg-emerald-50 text-emerald-900 border-emerald-300",
  closed: "bg-slate-100 text-slate-800 border-slate-300",
  stopped: "bg-red-50 text-red-900 border-red-300",
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium ${phaseStyles[phase]}`}>
      {phaseLabels[phase]}
    </span>
  );
}
