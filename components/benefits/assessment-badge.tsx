import type { BenefitAssessment } from "@/lib/domain/status-proposal";
import { assessmentLabels } from "@/lib/domain/labels";

const styles: Record<BenefitAssessment, string> = {
  on_track: "border-green-700 bg-green-50 text-green-900",
  watch: "border-amber-600 bg-amber-50 text-amber-900",
  off_track: "border-red-700 bg-red-50 text-red-900",
};

export function AssessmentBadge({ assessment }: { assessment: BenefitAssessment | null }) {
  if (!assessment) return <span className="badge light-none">Ikke målt</span>;
  return <span className={`badge ${styles[assessment]}`}>{assessmentLabels[assessment]}</span>;
}
