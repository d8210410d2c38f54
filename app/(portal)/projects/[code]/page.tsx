import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ChangeRequestHistory } from "@/components/projects/change-requests/change-request-list";
import { ChangeRequestPanel } from "@/components/projects/change-requests/change-request-panel";
import { parseTab, ProjectTabNav } from "@/components/projects/tab-nav";
import { BenefitsTab } from "@/components/projects/tabs/benefits-tab";
import { HistoryTab } from "@/components/projects/tabs/history-tab";
import { InvolvementTab } from "@/components/projects/tabs/involvement-tab";
import { OverviewTab } from "@/components/projects/tabs/overview-tab";
import { RisksTab } from "@/components/projects/tabs/risks-tab";
import { StatusTab } from "@/components/projects/tabs/status-tab";
import { LightBadge } from "@/components/ui/light-badge";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { isTerminal } from "@/lib/domain/phases";
import { noticeText } from "@/lib/domain/notices";
import { isStatusStale } from "@/lib/domain/staleness";
import { isBaselineLocked } from "@/lib/domain/benefit-rules";
import { can, canDecideProjectChange, canEver, canRequestProjectChange, canStopProject } from "@/lib/permissions";
import { listChangeRequests } from "@/lib/queries/change-requests";
import { listProjectBenefits } from "@/lib/queries/benefits";
import {
  HISTORY_PAGE_SIZE,
  latestPublishedReport,
  listGateRequests,
  listInvolvements,
  listRisks,
  listStatusReports,
  nextPhaseOptions,
  projectHistory,
  STATUS_REPORTS_PAGE_SIZE,
} from "@/lib/queries/project-tabs";
import { getProjectByCode } from "@/lib/queries/projects";
import { proposalsForProject } from "@/lib/services/status-reports";
import { readSettings } from "@/lib/settings";
import { parsePageRequest } from "@/lib/validation/pagination";
import { decideChangeRequestAction } from "./change-request-actions";
import { ProjectPapers } from "./project-papers";
import { benefitActions, projectActions } from "./action-sets";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: decodeURIComponent(code) };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const code = decodeURIComponent((await params).code);
  const query = await searchParams;
  const tab = parseTab(query.tab);
  const notice = noticeText(query.notice);
  const detail = getProjectByCode(code);
  if (!detail) notFound();
  const { project } = detail;
  const projectRef = { kind: "project" as const, departmentId: project.departmentId, ownerId: project.ownerId, leadId: project.leadId };
  const canEdit = can(user, "project.edit", projectRef);
  const settings = readSettings();
  const now = new Date();
  const stale = isStatusStale(project.phase, project.latestPublishedAt, project.createdAt, now, settings.staleReportDays);
  const changeRequests = tab === "overview" || tab === "history" ? listChangeRequests(project.id) : [];
  const mayRequestChange = canRequestProjectChange(user, project) && !isTerminal(project.phase);

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/portfolio" className="inline-flex min-h-11 items-center underline">
          ← Portefølje
        </Link>
      </nav>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="font-mono text-sm text-muted">{project.code}</p>
          <h1 className="text-2xl font-bold md:text-3xl">{project.title}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <PhaseBadge phase={project.phase} />
            <LightBadge light={project.latestLight} label="Status" />
            {stale && <span className="badge border-amber-600 font-normal text-amber-900">Forældet status</span>}
            <span className="text-sm text-muted">{detail.departmentName}</span>
          </div>
        </div>
        {canEdit && (
          <Link href={`/projects/${project.code}/edit`} className="btn">
            Redigér projekt
          </Link>
        )}
      </div>
      <NoticeBanner text={notice} />
      <ProjectTabNav code={project.code} current={tab} />

      {tab === "overview" && (
        <OverviewTab
          detail={detail}
          latestReport={latestPublishedReport(project.latestReportId)}
          phasePanel={{
            actions: projectActions,
            transitions: nextPhaseOptions(project.code).filter((transition) => transition.to !== "stopped" || canStopProject(user)),
            pendingGate: listGateRequests(project.id).find((request) => request.status === "pending"),
            canRequestGate: can(user, "gate.request", projectRef),
            canEdit,
            canDecideGate: can(user, "gate.decide"),
          }}
        />
      )}
      {tab === "overview" && (
        <ChangeRequestPanel
          requests={changeRequests}
          requestHref={mayRequestChange ? `/projects/${project.code}/change-request` : null}
          decideAction={canDecideProjectChange(user) ? (requestId) => decideChangeRequestAction.bind(null, project.code, requestId) : null}
        />
      )}
      {tab === "overview" && <ProjectPapers projectId={project.id} code={project.code} title={project.title} canEdit={canEdit} />}
      {tab === "status" && (
        <StatusTab
          actions={projectActions}
          code={project.code}
          reports={listStatusReports(project.id, parsePageRequest(query, "side", STATUS_REPORTS_PAGE_SIZE))}
          latestPublishedId={project.latestReportId}
          searchParams={query}
          canEdit={canEdit}
          proposals={proposalsForProject(project.code)}
          stale={stale}
          staleDays={settings.staleReportDays}
          today={toDay(now)}
        />
      )}
      {tab === "benefits" && (
        <BenefitsTab
          actions={benefitActions}
          code={project.code}
          benefits={listProjectBenefits(project.id, settings.benefitTolerance, now)}
          permissionsFor={(benefit) => ({
            canEdit,
            canMeasure: can(user, "benefit.measure", { kind: "benefit", ownerId: benefit.ownerId, project }),
            canDecide: can(user, "gate.decide"),
            baselineLocked: isBaselineLocked(project.phase),
            actorId: user.id,
            correctionDays: settings.measurementCorrectionDays,
          })}
          canEdit={canEdit}
          tolerance={settings.benefitTolerance}
          today={toDay(now)}
          now={now}
        />
      )}
      {tab === "risks" && (
        <RisksTab
          actions={projectActions}
          code={project.code}
          risks={listRisks(project.id)}
          canEdit={canEdit}
          noSignificantRisks={project.noSignificantRisks}
          projectVersion={project.version}
        />
      )}
      {tab === "involvement" && <InvolvementTab actions={projectActions} code={project.code} entries={listInvolvements(project.id)} canEdit={canEdit} today={toDay(now)} />}
      {tab === "history" && (
        <HistoryTab
          history={projectHistory(project.code, parsePageRequest(query, "side", HISTORY_PAGE_SIZE))}
          code={project.code}
          searchParams={query}
          canSeeMeetings={canEver(user, "meeting.read")}
        />
      )}
      {tab === "history" && <ChangeRequestHistory requests={changeRequests} />}
    </>
  );
}
