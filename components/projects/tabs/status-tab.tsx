import type { ProjectActions } from "@/components/projects/project-actions";
import type { FormAction } from "@/lib/action-state";
import { PublishDraftForm, StatusReportForm } from "@/components/projects/forms/lazy-forms";
import { LightBadge } from "@/components/ui/light-badge";
import { Pagination } from "@/components/ui/pagination";
import { dimensionLabels, lightLabels, reportStateLabels } from "@/lib/domain/labels";
import type { Proposal } from "@/lib/domain/status-proposal";
import { formatDate, formatDateTime } from "@/lib/format";
import type { StatusReportView } from "@/lib/queries/project-tabs";
import type { Paged, SearchParams } from "@/lib/validation/pagination";
import { reportDimensions, type ReportDimension } from "@/lib/codes";

function ReportCard({
  report,
  publishAction,
  canEdit,
  superseded,
}: {
  report: StatusReportView;
  publishAction: FormAction;
  canEdit: boolean;
  superseded: boolean;
}) {
  return (
    <article className="card" aria-labelledby={`report-${report.id}`}>
      <header className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 id={`report-${report.id}`} className="text-lg font-semibold">
          Statusrapport {formatDate(report.reportDate)}
        </h3>
        <p className="text-sm text-muted">
          {reportStateLabels[report.state]}
          {superseded && " · afløst"}
          {report.publishedAt && ` ${formatDateTime(report.publishedAt)}`} · {report.authorName}
        </p>
      </header>
      <dl className="grid gap-3 md:grid-cols-2">
        {reportDimensions.map((dimension) => {
          const light = report[`${dimension}Light`];
          const comment = report[`${dimension}Comment`];
          const reason = report.overrideReasons[dimension];
          const proposal = report.proposals[dimension];
          return (
            <div key={dimension} className={dimension === "overall" ? "md:col-span-2" : undefined}>
              <dt className="font-semibold">{dimensionLabels[dimension]}</dt>
              <dd>
                <LightBadge light={light} />
                {comment && <p className="mt-1 text-sm">{comment}</p>}
                {reason && proposal && (
                  <p className="mt-1 text-sm text-muted">
                    Afviger fra forslaget ({lightLabels[proposal.light].toLowerCase()}): {reason}
                  </p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {report.state === "draft" && canEdit && (
        <div className="mt-3">
          <PublishDraftForm action={publishAction} />
        </div>
      )}
    </article>
  );
}

export function StatusTab({
  actions,
  code,
  reports: { rows: reports, info },
  latestPublishedId,
  searchParams,
  canEdit,
  proposals,
  stale,
  staleDays,
  today,
}: {
  actions: Pick<ProjectActions, "createStatusReport" | "publishStatusReport">;
  code: string;
  reports: Paged<StatusReportView>;
  /** The project's latest published report; an older published one is marked as replaced. */
  latestPublishedId: number | null;
  searchParams: SearchParams;
  canEdit: boolean;
  proposals: Record<ReportDimension, Proposal>;
  stale: boolean;
  staleDays: number;
  today: string;
}) {
  return (
    <div className="space-y-6">
      {stale && (
        <p role="status" className="rounded-md border border-amber-600 bg-amber-50 p-3 font-medium text-amber-900">
          Forældet status: projektet har ikke fået udgivet en statusrapport i {staleDays} dage.
        </p>
      )}
      {canEdit && (
        <section aria-labelledby="new-report" className="card">
          <h2 id="new-report" className="mb-1 text-xl font-semibold">
            Ny statusrapport
          </h2>
          <p className="mb-4 text-sm text-muted">
            Portalen foreslår lysene ud fra projektets data efter Statens It-råds tærskler. Vælger du en anden farve, skal du begrunde det.
          </p>
          <StatusReportForm action={actions.createStatusReport.bind(null, code)} proposals={proposals} today={today} />
        </section>
      )}
      <section aria-labelledby="report-history" className="space-y-4">
        <h2 id="report-history" className="text-xl font-semibold">
          Statushistorik
        </h2>
        {info.total === 0 && <p className="text-muted">Der er endnu ingen statusrapporter.</p>}
        {reports.map((report) => (
          <ReportCard
            key={report.id}
            report={report}
            publishAction={actions.publishStatusReport.bind(null, code, report.id)}
            canEdit={canEdit}
            superseded={report.state === "published" && report.id !== latestPublishedId}
          />
        ))}
        {info.total > 0 && (
          <Pagination
            info={info}
            path={`/projects/${code}`}
            searchParams={searchParams}
            anchor="#report-history"
            noun={{ one: "statusrapport", many: "statusrapporter" }}
            label="Sider i statushistorikken"
          />
        )}
      </section>
    </div>
  );
}
