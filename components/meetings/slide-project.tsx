import { AssessmentBadge } from "@/components/benefits/assessment-badge";
import { BenefitChart } from "@/components/benefits/benefit-chart";
import { LightBadge } from "@/components/ui/light-badge";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { dimensionLabels, involvementFormLabels, involvementGroupLabels, involvementStateLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { PresentationCard } from "@/lib/queries/meetings";
import { OutcomeBadge } from "./status-badges";

type ProjectCard = NonNullable<PresentationCard["project"]>;
type Benefit = ProjectCard["benefits"][number];

const dimensions = ["time", "economy", "delivery", "risk", "benefits"] as const;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="card">
      <h3 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

function completePath(benefit: Benefit) {
  if (benefit.baselineValue == null || benefit.baselineDate == null || benefit.targetValue == null || benefit.targetDate == null) return null;
  return { direction: benefit.direction, baselineValue: benefit.baselineValue, baselineDate: benefit.baselineDate, targetValue: benefit.targetValue, targetDate: benefit.targetDate };
}

/** A benefit with its assessment and, when its path is complete, its curve. */
export function BenefitSummary({ benefit, chartId, tolerance, today }: { benefit: Benefit; chartId: string; tolerance: number; today: string }) {
  const path = completePath(benefit);
  return (
    <li className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{benefit.title}</span>
        <AssessmentBadge assessment={benefit.verdict.assessment} />
        {benefit.verdict.achievementPercent != null && <span className="text-sm text-muted">{Math.round(benefit.verdict.achievementPercent)} % af målet</span>}
        {benefit.overdue && <span className="badge border-red-700 text-red-900">Måling forfalden</span>}
      </div>
      {path && <BenefitChart id={chartId} title={`Målsti for ${benefit.title}`} path={path} measurements={benefit.measurements} tolerance={tolerance} unit={benefit.unit} today={today} />}
    </li>
  );
}

/** The project's card for the board: phase, the five lights, benefits, top risks, involvement, last decisions. */
export function ProjectFacts({ itemId, card, tolerance, today }: { itemId: number; card: ProjectCard; tolerance: number; today: string }) {
  const { project, report } = card;
  const id = (part: string) => `slide-${itemId}-${part}`;
  const benefits = card.benefits.filter((benefit) => benefit.status !== "cancelled").slice(0, 3);
  return (
    <div className="space-y-4">
      <Section id={id("project")} title="Projektet">
        <p className="flex flex-wrap items-center gap-2">
          <a href={`/projects/${project.code}`} className="inline-flex min-h-11 items-center font-mono underline">
            {project.code}
          </a>
          <span className="font-semibold">{project.title}</span>
          <PhaseBadge phase={project.phase} />
        </p>
        {project.summary && <p className="mt-1 text-muted">{project.summary}</p>}
      </Section>

      <Section id={id("status")} title={report ? `Status ${formatDate(report.reportDate)}` : "Status"}>
        {report ? (
          <>
            <p className="mb-3 flex flex-wrap items-center gap-2">
              <LightBadge light={report.overallLight} label={dimensionLabels.overall} />
              {report.overallComment && <span>{report.overallComment}</span>}
            </p>
            <dl className="grid gap-3 sm:grid-cols-2">
              {dimensions.map((dimension) => (
                <div key={dimension}>
                  <dt>
                    <LightBadge light={report[`${dimension}Light`]} label={dimensionLabels[dimension]} />
                  </dt>
                  <dd className="mt-1 text-sm">{report[`${dimension}Comment`] || "Ingen kommentar."}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <p className="text-muted">Projektet har ingen udgivet statusrapport.</p>
        )}
      </Section>

      <Section id={id("benefits")} title="Gevinster">
        {benefits.length === 0 ? (
          <p className="text-muted">Projektet har ingen gevinster endnu.</p>
        ) : (
          <ul className="space-y-4">
            {benefits.map((benefit) => (
              <BenefitSummary key={benefit.id} benefit={benefit} chartId={id(`benefit-${benefit.id}`)} tolerance={tolerance} today={today} />
            ))}
          </ul>
        )}
      </Section>

      <div className="grid gap-4 xl:grid-cols-2">
        <Section id={id("risks")} title="Største risici">
          {card.topRisks.length === 0 ? (
            <p className="text-muted">Ingen åbne risici.</p>
          ) : (
            <ol className="list-decimal space-y-2 pl-5">
              {card.topRisks.map((risk) => (
                <li key={risk.id}>
                  <span className="font-semibold">{risk.title}</span> <span className="text-sm text-muted">(score {risk.probability * risk.consequence})</span>
                  {risk.action && <p className="text-sm">Tiltag: {risk.action}</p>}
                </li>
              ))}
            </ol>
          )}
        </Section>
        <Section id={id("involvement")} title="Inddragelse">
          {card.involvement.length === 0 ? (
            <p className="text-muted">Ingen inddragelse registreret.</p>
          ) : (
            <ul className="space-y-2">
              {card.involvement.map((entry) => (
                <li key={entry.id}>
                  <span className="font-semibold">
                    {involvementGroupLabels[entry.group]}, {involvementFormLabels[entry.form].toLowerCase()}
                  </span>{" "}
                  <span className="text-sm text-muted">
                    ({involvementStateLabels[entry.state].toLowerCase()} {formatDate(entry.date)})
                  </span>
                  <p className="text-sm">{entry.summary}</p>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>

      <Section id={id("decisions")} title="Seneste beslutninger">
        {card.lastDecisions.length === 0 ? (
          <p className="text-muted">Koncernledelsen har ikke truffet beslutninger om projektet endnu.</p>
        ) : (
          <ul className="space-y-3">
            {card.lastDecisions.map((decision) => (
              <li key={decision.id}>
                <p className="flex flex-wrap items-center gap-2">
                  <OutcomeBadge outcome={decision.outcome} />
                  <span className="font-semibold">{decision.title}</span>
                </p>
                <p className="text-sm text-muted">
                  {decision.meetingTitle} · {formatDate(decision.recordedAt)}
                </p>
                {decision.text && <p className="text-sm">{decision.text}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
