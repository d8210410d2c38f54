import Link from "next/link";
import { AssessmentBadge } from "@/components/benefits/assessment-badge";
import { TableScroller } from "@/components/ui/table-scroller";
import { formatDate } from "@/lib/format";
import type { PortfolioBenefit } from "@/lib/queries/benefit-portfolio";

/** A table of benefits, each linking to its card on the project's Gevinster tab. */
export function BenefitList({ caption, benefits, showLastMeasured = false }: { caption: string; benefits: PortfolioBenefit[]; showLastMeasured?: boolean }) {
  if (benefits.length === 0) return <p className="text-muted">Ingen.</p>;
  return (
    <TableScroller label={caption}>
      <table className="w-full min-w-[640px] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Gevinst</th>
            <th scope="col" className="px-3 py-2">Projekt</th>
            <th scope="col" className="px-3 py-2">Vurdering</th>
            <th scope="col" className="px-3 py-2">{showLastMeasured ? "Senest målt" : "Målopfyldelse"}</th>
          </tr>
        </thead>
        <tbody>
          {benefits.map((benefit) => (
            <tr key={benefit.id} className="border-t border-gray-200">
              <td className="px-3 py-2">
                <Link href={`/projects/${benefit.projectCode}?tab=benefits#benefit-${benefit.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                  {benefit.title}
                </Link>
              </td>
              <td className="px-3 py-2">
                {benefit.projectTitle} <span className="font-mono text-xs text-muted">{benefit.projectCode}</span>
              </td>
              <td className="px-3 py-2">
                <AssessmentBadge assessment={benefit.verdict.assessment} />
              </td>
              <td className="px-3 py-2 tabular-nums">
                {showLastMeasured
                  ? benefit.lastMeasuredOn
                    ? formatDate(benefit.lastMeasuredOn)
                    : "Aldrig"
                  : benefit.verdict.achievementPercent == null
                    ? "–"
                    : `${Math.round(benefit.verdict.achievementPercent)} %`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
