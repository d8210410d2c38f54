import Link from "@/components/ui/link";
import { ProjectOrigin } from "@/components/experiments/project-origin";
import { LinkedInspirations } from "@/components/outlook/linked-inspirations";
import { GateDecisionForm, GateRequestForm, PhaseChangeForm } from "@/components/projects/forms/lazy-forms";
import { formatDate, formatDateTime, formatKr } from "@/lib/format";
import { focusLabels, gateStatusLabels, phaseLabels, priorityLabels, projectFieldLabels as label, purposeLabels } from "@/lib/domain/labels";
import type { ChecklistItem } from "@/lib/domain/gate-checklist";
import type { ProjectDetail } from "@/lib/queries/projects";
import type { GateRequestView, StatusReportView } from "@/lib/queries/project-tabs";
import type { Transition } from "@/lib/domain/phases";
import type { ProjectActions } from "@/components/projects/project-actions";
import { EconomyFigure } from "@/components/projects/economy-figure";
import { LatestReportCard } from "@/components/projects/latest-report-card";

function Field({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-gray-200 py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-muted">{term}</dt>
      <dd className="mt-1 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

const tabHref = (code: string, tab: ChecklistItem["tab"]) => (tab === "edit" ? `/projects/${code}/edit` : tab === "overview" ? `/projects/${code}` : `/projects/${code}?tab=${tab}`);

export function Checklist({ code, items }: { code: string; items: ChecklistItem[] }) {
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.key} className="flex items-start gap-2">
          <span aria-hidden="true" className={item.met ? "text-status-green" : "text-status-red"}>
            {item.met ? "✔" : "✖"}
          </span>
          <span>
            <span className="sr-only">{item.met ? "Opfyldt: " : "Mangler: "}</span>
            {item.label}
            {!item.met && (
              <>
                {" "}
                <Link href={tabHref(code, item.tab)} className="inline-flex min-h-11 min-w-11 items-center underline">
                  Ret det
                </Link>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

export type PhasePanelProps = {
  actions: Pick<ProjectActions, "requestGate" | "decideGate" | "changePhase">;
  transitions: (Transition & { checklist: ChecklistItem[] })[];
  pendingGate: GateRequestView | undefined;
  canRequestGate: boolean;
  canEdit: boolean;
  canDecideGate: boolean;
};

/** Transitions that ask the same of the project share one checklist ("afprøvning eller implementering"). */
function sameChecklists(transitions: (Transition & { checklist: ChecklistItem[] })[]) {
  const groups = new Map<string, { phases: Transition["to"][]; checklist: ChecklistItem[] }>();
  for (const transition of transitions) {
    const key = JSON.stringify(transition.checklist);
    const group = groups.get(key);
    if (group) group.phases.push(transition.to);
    else groups.set(key, { phases: [transition.to], checklist: transition.checklist });
  }
  return [...groups.values()];
}

function PhasePanel({ actions, code, transitions, pendingGate, canRequestGate, canEdit, canDecideGate }: PhasePanelProps & { code: string }) {
  const gated = transitions.filter((t) => t.kind === "gate");
  const direct = transitions.filter((t) => t.kind === "direct");
  return (
    <section aria-labelledby="phase-heading" className="card space-y-4">
      <h2 id="phase-heading" className="text-xl font-semibold">
        Fase og porte
      </h2>
      {pendingGate && (
        <div className="rounded-md border border-amber-600 bg-amber-50 p-3">
          {/* A status region: after "Anmod om fasegodkendelse" the form gives way to this box, which says the request is sent. */}
          <p role="status" className="font-semibold">
            {gateStatusLabels.pending}: {phaseLabels[pendingGate.fromPhase]} → {phaseLabels[pendingGate.toPhase]}
          </p>
          <p className="text-sm">
            Anmodet af {pendingGate.requesterName} {formatDateTime(pendingGate.requestedAt)}. Direktionen afgør anmodningen her på siden eller på et
            møde i koncernledelsen, og projektejer og projektleder får besked.
          </p>
          {pendingGate.requestComment && <p className="mt-1 text-sm">“{pendingGate.requestComment}”</p>}
          <h3 className="mt-2 font-semibold">Tjekliste</h3>
          <Checklist code={code} items={pendingGate.checklist} />
          {canDecideGate && (
            <div className="mt-3">
              <GateDecisionForm action={actions.decideGate.bind(null, code, pendingGate.id)} />
            </div>
          )}
        </div>
      )}
      {!pendingGate &&
        sameChecklists(gated).map((group) => (
          <div key={group.phases.join("-")}>
            <h3 className="font-semibold">Tjekliste for at gå til {group.phases.map((phase) => phaseLabels[phase].toLowerCase()).join(" eller ")}</h3>
            <Checklist code={code} items={group.checklist} />
          </div>
        ))}
      {!pendingGate && canRequestGate && gated.length > 0 && <GateRequestForm action={actions.requestGate.bind(null, code)} phases={gated.map((t) => t.to)} />}
      {canEdit && direct.length > 0 && (
        <details className="rounded-md border border-gray-300 p-3">
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
            {direct.every((t) => t.to === "stopped") ? "Stop projektet" : "Skift fase uden port"}
          </summary>
          {pendingGate && <p className="mt-2 text-sm">Stoppes projektet, trækkes anmodningen om fasegodkendelse tilbage.</p>}
          {direct
            .filter((t) => t.checklist.length > 0)
            .map((transition) => (
              <div key={transition.to} className="mt-2">
                <h3 className="font-semibold">Tjekliste for {phaseLabels[transition.to].toLowerCase()}</h3>
                <Checklist code={code} items={transition.checklist} />
              </div>
            ))}
          <div className="mt-3">
            <PhaseChangeForm action={actions.changePhase.bind(null, code)} phases={direct.map((t) => t.to)} />
          </div>
        </details>
      )}
      {transitions.length === 0 && <p className="text-muted">Projektet er {phaseLabels.closed.toLowerCase()} eller stoppet; fasen kan ikke ændres.</p>}
    </section>
  );
}

export function OverviewTab({ detail, latestReport, phasePanel }: { detail: ProjectDetail; latestReport: StatusReportView | null; phasePanel: PhasePanelProps }) {
  const { project } = detail;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        {/* First, so that on a tablet why the light is what it is comes before the facts. */}
        <LatestReportCard code={project.code} report={latestReport} />
        <section aria-labelledby="overview-heading" className="card">
          <h2 id="overview-heading" className="mb-2 text-xl font-semibold">
            Overblik
          </h2>
          <p className="mb-4 whitespace-pre-line">{project.summary || "Intet resumé endnu."}</p>
          <ProjectOrigin projectId={project.id} />
          <dl>
            <Field term={label.purpose}>{purposeLabels[project.purpose]}</Field>
            <Field term={label.department}>{detail.departmentName}</Field>
            <Field term={label.owner}>
              {detail.ownerName}
              {detail.ownerTitle && <span className="block text-sm text-muted">{detail.ownerTitle}</span>}
            </Field>
            <Field term={label.lead}>
              {detail.leadName}
              {detail.leadTitle && <span className="block text-sm text-muted">{detail.leadTitle}</span>}
            </Field>
            <Field term={label.zone}>{detail.zoneName ?? "Ikke tilknyttet et udviklingsrum"}</Field>
            <Field term={label.priority}>{priorityLabels[project.priority]}</Field>
            <Field term={label.baselineStart}>{formatDate(project.baselineStart)}</Field>
            <Field term={label.baselineEnd}>{formatDate(project.baselineEnd)}</Field>
            <Field term={label.forecastEnd}>{formatDate(project.forecastEnd)}</Field>
            {project.stopReason && <Field term="Begrundelse for stop">{project.stopReason}</Field>}
            {project.closingLearning && <Field term="Afsluttende erfaringsnotat">{project.closingLearning}</Field>}
            <Field term={label.updatedAt}>{formatDateTime(project.updatedAt)}</Field>
          </dl>
        </section>
        <PhasePanel code={project.code} {...phasePanel} />
        <LinkedInspirations projectId={project.id} />
      </div>

      <div className="space-y-6">
        <section aria-labelledby="economy-heading" className="card">
          <h2 id="economy-heading" className="mb-2 text-xl font-semibold">
            Økonomi
          </h2>
          <dl>
            <EconomyFigure term={label.approvedBudgetKr}>{formatKr(project.approvedBudgetKr)}</EconomyFigure>
            <EconomyFigure term={label.spentKr}>{formatKr(project.spentKr)}</EconomyFigure>
          </dl>
        </section>
        <section aria-labelledby="goals-heading" className="card">
          <h2 id="goals-heading" className="mb-2 text-xl font-semibold">
            {label.goals}
          </h2>
          {detail.goals.length ? (
            <ul className="space-y-2">
              {detail.goals.map((goal) => (
                <li key={goal.id}>
                  {goal.title}
                  <span className="block text-sm text-muted">{focusLabels[goal.focus]}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">Ikke koblet til strategiske mål.</p>
          )}
        </section>
        <section aria-labelledby="tags-heading" className="card">
          <h2 id="tags-heading" className="mb-2 text-xl font-semibold">
            {label.tags}
          </h2>
          {detail.tags.length ? (
            <ul className="flex flex-wrap gap-2">
              {detail.tags.map((tag) => (
                <li key={tag} className="rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800">
                  {tag}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">Ingen teknologier registreret.</p>
          )}
        </section>
      </div>
    </div>
  );
}
