import type { decisionOutcomes, meetingStatuses } from "@/lib/codes";
import { decisionOutcomeLabels, meetingStatusLabels } from "@/lib/domain/labels";

const meetingStyles: Record<(typeof meetingStatuses)[number], string> = {
  planned: "border-sky-700 bg-sky-50 text-sky-900",
  held: "border-amber-700 bg-amber-50 text-amber-900",
  minutes_approved: "border-green-700 bg-green-50 text-green-900",
};

export function MeetingStatusBadge({ status }: { status: (typeof meetingStatuses)[number] }) {
  return <span className={`badge ${meetingStyles[status]}`}>{meetingStatusLabels[status]}</span>;
}

const outcomeStyles: Record<(typeof decisionOutcomes)[number], string> = {
  approved: "border-green-700 bg-green-50 text-green-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
  postponed: "border-amber-700 bg-amber-50 text-amber-900",
  adjusted: "border-sky-700 bg-sky-50 text-sky-900",
  noted: "border-slate-700 bg-slate-50 text-slate-900",
};

export function OutcomeBadge({ outcome, large = false }: { outcome: (typeof decisionOutcomes)[number]; large?: boolean }) {
  return (
    <span className={`inline-block rounded-full border font-semibold ${large ? "px-4 py-1 text-xl" : "px-2.5 py-0.5 text-sm"} ${outcomeStyles[outcome]}`}>
      {decisionOutcomeLabels[outcome]}
    </span>
  );
}
