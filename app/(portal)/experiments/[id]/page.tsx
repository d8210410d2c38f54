import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { LearningCardView, TestCardView } from "@/components/experiments/card-views";
import { ApproveExperimentForm, PromoteExperimentForm, StartExperimentForm } from "@/components/experiments/decision-forms";
import { LearningCardForm } from "@/components/experiments/learning-card-form";
import { experimentNoticeText } from "@/components/experiments/notices";
import { ExperimentStateBadge } from "@/components/experiments/state-badge";
import { ActionButton } from "@/components/ui/action-button";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { riskFrameVerdict } from "@/lib/domain/experiments";
import { hasPeriodEnded, incompleteCardMessage, missingTestCardParts, periodEndedMessage, testCardLockReason } from "@/lib/domain/test-card";
import { testCardFieldLabels } from "@/lib/domain/labels";
import { formatDateTime, formatKr } from "@/lib/format";
import { departmentChoices, getExperimentDetail, type ExperimentDetail } from "@/lib/queries/experiments";
import { can, experimentResource } from "@/lib/permissions";
import { experimentId } from "@/lib/validation/experiments";
import {
  approveExperimentAction,
  deleteExperimentAction,
  finishExperimentAction,
  promoteExperimentAction,
  rejectExperimentAction,
  startExperimentAction,
} from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The experiment, read once per request for both the page's title and the page. */
const load = cache((raw: string): ExperimentDetail | null => {
  const parsed = experimentId.safeParse(raw);
  return parsed.success ? getExperimentDetail(parsed.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: load((await params).id)?.experiment.title ?? "Forsøg" };
}

function FrameExplanation({ detail }: { detail: ExperimentDetail }) {
  const { experiment, zone, otherRunningKr } = detail;
  const verdict = riskFrameVerdict(zone.riskFrameKr, otherRunningKr, experiment.moneyAtRiskKr);
  return (
    <p>
      Forsøg i gang i rummet har {formatKr(otherRunningKr)} på spil. Med dette forsøgs {formatKr(experiment.moneyAtRiskKr)} bliver det{" "}
      {formatKr(verdict.afterKr)} af rammen på {formatKr(zone.riskFrameKr)}
      {verdict.exceeds ? " — over rammen." : " — inden for rammen."}
    </p>
  );
}

export default async function ExperimentPage({ params, searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const detail = load((await params).id);
  if (!detail) notFound();
  const { experiment, zone } = detail;
  const notice = experimentNoticeText((await searchParams).notice);
  const resource = experimentResource(zone, experiment);
  const canManage = can(user, "experiment.manage", resource);
  const canDecide = can(user, "experiment.decide", resource);
  const canPromote = can(user, "experiment.promote", resource);
  const scaled = experiment.state === "finished" && experiment.decision === "scale";
  const canChangeCard = canManage && testCardLockReason(experiment.state, zone.status) === null;
  const periodEnded = hasPeriodEnded(experiment.periodEnd, toDay(new Date()));
  const missingParts = missingTestCardParts(experiment);

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href={`/zones/${zone.slug}`} className="inline-flex min-h-11 items-center underline">
          ← {zone.name}
        </Link>
      </nav>
      <div className="mb-4">
        <p className="text-sm text-muted">Forsøg i {zone.name}</p>
        <h1 className="text-2xl font-bold md:text-3xl">{experiment.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <ExperimentStateBadge state={experiment.state} />
          <span className="text-muted">
            Oprettet af {detail.creatorName} · {formatDateTime(experiment.createdAt)}
          </span>
        </div>
        {detail.linkedProjectCode && (
          <p className="mt-2 text-sm">
            Del af projektet{" "}
            <Link href={`/projects/${detail.linkedProjectCode}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
              {detail.linkedProjectCode} {detail.linkedProjectTitle}
            </Link>
          </p>
        )}
      </div>

      {notice && (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-900">
          {notice}
        </p>
      )}

      <div className="space-y-6">
        {experiment.state === "awaiting_approval" && (
          <section aria-labelledby="approval-heading" className="rounded-md border-2 border-amber-600 bg-amber-50 p-4 text-amber-950">
            <h2 id="approval-heading" className="mb-2 text-xl font-semibold">
              Afventer godkendelse
            </h2>
            <FrameExplanation detail={detail} />
            <p className="mb-3">Kun rummets sponsor, {detail.sponsorName ?? "(ingen sponsor)"}, kan godkende eller afvise forsøget.</p>
            {canDecide && (
              <ApproveExperimentForm approve={approveExperimentAction.bind(null, experiment.id)} reject={rejectExperimentAction.bind(null, experiment.id)} />
            )}
          </section>
        )}

        {experiment.state === "rejected" && (
          <section aria-labelledby="rejected-heading" className="rounded-md border border-red-700 bg-red-50 p-4 text-red-950">
            <h2 id="rejected-heading" className="mb-1 text-xl font-semibold">
              Afvist af sponsoren
            </h2>
            {detail.rejection ? (
              <p>
                {detail.rejection.reason} <span className="text-sm">({detail.rejection.actorName}, {formatDateTime(detail.rejection.occurredAt)})</span>
              </p>
            ) : (
              <p>Forsøget blev afvist.</p>
            )}
          </section>
        )}

        {experiment.state === "running" && detail.approverName && (
          <p className="text-sm">
            Godkendt over risikorammen af {detail.approverName} · {formatDateTime(experiment.approvedAt)}
          </p>
        )}

        <TestCardView experiment={experiment} />

        {canChangeCard && (
          <section aria-labelledby="draft-heading" className="card space-y-3">
            <h2 id="draft-heading" className="text-xl font-semibold">
              Ret eller slet kladden
            </h2>
            <p>Testkortet kan rettes eller slettes, indtil forsøget startes. Når det er startet, er testkortet aftalen.</p>
            <div className="flex flex-wrap items-start gap-3">
              <Link href={`/experiments/${experiment.id}/edit`} className="btn">
                Ret testkortet
              </Link>
              <ActionButton
                action={deleteExperimentAction.bind(null, experiment.id)}
                label="Slet kladden"
                context={experiment.title}
                hidden={{ version: String(experiment.version) }}
                pendingLabel="Sletter…"
              />
            </div>
          </section>
        )}

        {experiment.state === "draft" && canManage && zone.status !== "active" && (
          <p className="card text-muted">Udviklingsrummet er lukket, så forsøget kan ikke startes.</p>
        )}
        {experiment.state === "draft" && canManage && zone.status === "active" && (
          <section aria-labelledby="start-heading" className="card space-y-3">
            <h2 id="start-heading" className="text-xl font-semibold">
              Start forsøget
            </h2>
            <FrameExplanation detail={detail} />
            <p className="text-sm text-muted">Bringer forsøget rummet over rammen, venter det på sponsorens godkendelse, før det går i gang.</p>
            {missingParts.length > 0 ? (
              <p className="rounded-md border border-amber-600 bg-amber-50 p-3 font-medium text-amber-950">
                {incompleteCardMessage(missingParts.map((part) => testCardFieldLabels[part]))}.{" "}
                <Link href={`/experiments/${experiment.id}/edit`} className="inline-flex min-h-11 items-center underline">
                  Ret testkortet
                </Link>
              </p>
            ) : periodEnded ? (
              <p className="rounded-md border border-amber-600 bg-amber-50 p-3 font-medium text-amber-950">{periodEndedMessage}.</p>
            ) : (
              <StartExperimentForm action={startExperimentAction.bind(null, experiment.id)} />
            )}
          </section>
        )}

        {experiment.state === "running" && canManage && (
          <section aria-labelledby="finish-heading" className="card space-y-3">
            <h2 id="finish-heading" className="text-xl font-semibold">
              Afslut med et læringskort
            </h2>
            <LearningCardForm action={finishExperimentAction.bind(null, experiment.id)} />
          </section>
        )}

        {experiment.state === "finished" && <LearningCardView experiment={experiment} />}

        {scaled && (
          <section aria-labelledby="scale-heading" className="card space-y-3">
            <h2 id="scale-heading" className="text-xl font-semibold">
              Skalér
            </h2>
            {detail.promotedProjectCode ? (
              <p className="flex flex-wrap items-center gap-2">
                Forsøget er blevet til projektet
                <Link href={`/projects/${detail.promotedProjectCode}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                  {detail.promotedProjectCode} {detail.promotedProjectTitle}
                </Link>
                {detail.promotedProjectPhase && <PhaseBadge phase={detail.promotedProjectPhase} />}
              </p>
            ) : canPromote ? (
              <>
                <p>Gør forsøget til et nyt projekt i rummet, i fasen Analyse, knyttet til rummets strategiske mål. Forsøgets opretter bliver projektleder.</p>
                <PromoteExperimentForm
                  action={promoteExperimentAction.bind(null, experiment.id)}
                  departments={departmentChoices().filter((department) => can(user, "project.create", { kind: "department", departmentId: department.id }))}
                  actorName={user.name}
                  sponsorName={detail.sponsorName}
                />
              </>
            ) : (
              <p className="text-muted">Rumlederen eller en direktør kan gøre forsøget til et projekt.</p>
            )}
          </section>
        )}
      </div>
    </>
  );
}
