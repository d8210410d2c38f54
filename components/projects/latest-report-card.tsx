import Link from "@/components/ui/link";
import { LightBadge } from "@/components/ui/light-badge";
import { statusDimensions } from "@/lib/codes";
import { dimensionLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { StatusReportView } from "@/lib/queries/project-tabs";

/**
 * Why the project's light is what it is: the latest published report's overall comment and every dimension that is
 * not green, with its comment, so a reader of a yellow or red project need not open the status tab to learn why.
 */
export function LatestReportCard({ code, report }: { code: string; report: StatusReportView | null }) {
  const concerns = report ? statusDimensions.filter((dimension) => report[`${dimension}Light`] !== "green") : [];
  return (
    <section aria-labelledby="latest-report-heading" className="card space-y-3">
      <h2 id="latest-report-heading" className="text-xl font-semibold">
        Seneste status
      </h2>
      {report ? (
        <>
          <p className="text-sm text-muted">
            Rapport {formatDate(report.reportDate)} af {report.authorName}
          </p>
          <div>
            <LightBadge light={report.overallLight} label={dimensionLabels.overall} />
            {report.overallComment && <p className="mt-1 whitespace-pre-line">{report.overallComment}</p>}
          </div>
          {concerns.length > 0 && (
            <ul className="space-y-2">
              {concerns.map((dimension) => (
                <li key={dimension}>
                  <LightBadge light={report[`${dimension}Light`]} label={dimensionLabels[dimension]} />
                  {report[`${dimension}Comment`] && <p className="mt-1 text-sm whitespace-pre-line">{report[`${dimension}Comment`]}</p>}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="text-muted">Der er ikke udgivet en statusrapport endnu.</p>
      )}
      <Link href={`/projects/${code}?tab=status`} className="inline-flex min-h-11 items-center underline">
        Alle statusrapporter
      </Link>
    </section>
  );
}
