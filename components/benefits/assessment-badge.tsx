import type { BenefitAssessment } from "@/lib/domain/status-proposal";
import { assessmentLabels } from "@/lib/domain/labels";

/** The status lights' colours: on track is green, watch is yellow, off track is red. */
const styles: Record<BenefitAssessment, string> = { on_track: "light-green", watch: "light-yellow", off_track: "light-red" };

export function AssessmentBadge({ assessment }: { assessment: BenefitAssessment | null }) {
  if (!assessment) return <span className="badge light-none">Ikke målt</span>;
  return <span className={`badge ${styles[assessment]}`}>{assessmentLabels[assessment]}</span>;
}
