import type { experimentStates } from "@/lib/codes";
import { experimentStateLabels } from "@/lib/domain/labels";

type State = (typeof experimentStates)[number];

const styles: Record<State, string> = {
  draft: "border-gray-400 bg-gray-50 text-gray-800",
  awaiting_approval: "border-amber-600 bg-amber-50 text-amber-900",
  running: "border-sky-700 bg-sky-50 text-sky-900",
  finished: "border-green-700 bg-green-50 text-green-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
};

export function ExperimentStateBadge({ state }: { state: State }) {
  return <span className={`badge ${styles[state]}`}>{experimentStateLabels[state]}</span>;
}
