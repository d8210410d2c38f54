import { AssessmentBadge } from "@/components/benefits/assessment-badge";
import { TableScroller } from "@/components/ui/table-scroller";
import { formatDate } from "@/lib/format";
import type { PortfolioBenefit } from "@/lib/queries/benefit-portfolio";

/** A table of benefits, each linking to its card on the project's Gevinster tab (plain links: a long list neither hydrates nor prefetches every row). */
export function BenefitList({ caption, benefits, showLastMeasured = false }: { caption: string; benefits: PortfolioBenefit[]; showLastMeasured?: boolean }) {
  if (benefits.length === 0) return <p className="text-muted">Ingen.</p>;
  const lastColumn = showLastMeasured ? "nowrap" : "num";
  return (
    <TableScroller label={caption}>
      <table className="data-table muted-codes min-w-[640px]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Gevinst</th>
            <th scope="col">Projekt</th>
            <th scope="col">Vurdering</th>
            <th scope="col" className={lastColumn}>
              {showLastMeasured ? "Senest målt" : "Målopfyldelse"}
            </th>
          </tr>
        </thead>
        <tbody>
          {benefits.map((benefit) => (
            <tr key={benefit.id}>
              <td>
                <a href={`/projects/${benefit.projectCode}?tab=benefits#benefit-${benefit.id}`} className="row-link">
                  {benefit.title}
                </a>
              </td>
              <td>
                {benefit.projectTitle} <code>{benefit.projectCode}</code>
              </td>
              <td>
                <AssessmentBadge assessment={benefit.verdict.assessment} />
              </td>
              <td className={lastColumn}>
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
