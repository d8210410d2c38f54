import Link from "@/components/ui/link";
import type { BenefitActions } from "@/components/benefits/benefit-actions";
import { AssessmentBadge } from "@/components/benefits/assessment-badge";
import { MeasurementForm } from "@/components/benefits/benefit-forms";
import { formatDate, formatNumber } from "@/lib/format";
import type { PortfolioBenefit } from "@/lib/queries/benefit-portfolio";

/** The signed-in user's own benefits, each with the half-minute measurement entry. */
export function MyBenefits({ actions, benefits, today }: { actions: Pick<BenefitActions, "recordMeasurement">; benefits: PortfolioBenefit[]; today: string }) {
  if (benefits.length === 0) return <p className="text-muted">Du er ikke gevinstejer på nogen gevinster.</p>;
  return (
    <ul className="space-y-4">
      {benefits.map((benefit) => (
        <li key={benefit.id} className="card space-y-3" aria-labelledby={`my-benefit-${benefit.id}`}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 id={`my-benefit-${benefit.id}`} className="font-semibold">
                <Link href={`/projects/${benefit.projectCode}?tab=benefits#benefit-${benefit.id}`} className="underline">
                  {benefit.title}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {benefit.projectTitle} · {benefit.indicator || "Ingen indikator"} · Senest målt: {benefit.lastMeasuredOn ? formatDate(benefit.lastMeasuredOn) : "aldrig"}
                {benefit.verdict.latest && ` (${formatNumber(benefit.verdict.latest.value)}${benefit.unit ? ` ${benefit.unit}` : ""})`}
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              <AssessmentBadge assessment={benefit.verdict.assessment} />
              {benefit.overdue && <span className="badge border-red-700 text-red-900">Måling forfalden</span>}
            </div>
          </div>
          <MeasurementForm action={actions.recordMeasurement.bind(null, benefit.projectCode, benefit.id)} today={today} unit={benefit.unit} idPrefix={`my-${benefit.id}`} />
        </li>
      ))}
    </ul>
  );
}
