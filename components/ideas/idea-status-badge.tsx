import { ideaStatusLabels } from "@/lib/domain/labels";
import type { IdeaStatus } from "@/lib/queries/ideas";

const styles: Record<IdeaStatus, string> = {
  new: "border-sky-300 bg-sky-50 text-sky-900",
  reviewing: "border-amber-500 bg-amber-50 text-amber-900",
  to_experiment: "border-violet-300 bg-violet-50 text-violet-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
  became_project: "border-emerald-400 bg-emerald-50 text-emerald-900",
};

export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  return <span className={`badge ${styles[status]}`}>{ideaStatusLabels[status]}</span>;
}
