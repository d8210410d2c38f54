import { SlidePapers } from "@/components/attachments/slide-papers";
import type { PaperView } from "@/lib/queries/attachments";
import { agendaItemKindLabels, queueKindLabels } from "@/lib/domain/labels";
import type { AgendaItemView, PresentationCard } from "@/lib/queries/meetings";
import { listDepartmentOptions } from "@/lib/queries/projects";
import { DecisionForm } from "./decision-form";
import { SettledNotice } from "./settled-notice";
import { DecisionSummary } from "./decision-summary";
import type { SlideActions } from "./meeting-actions";
import { PrivateNoteForm } from "./private-note-form";
import { UndoDecisionForm } from "./undo-decision-form";
import { ProjectFacts } from "./slide-project";
import { ExperimentFacts, GateFacts, RebaselineFacts } from "./slide-requests";

/**
 * One agenda item on one screen: the facts on the left, the proposal, the decision and (for a director)
 * the private note on the right — and first on a portrait tablet, so the decision is never far away.
 * `note` is null for everyone who may not keep notes.
 */
export function AgendaSlide({
  actions,
  item,
  card,
  canDecide,
  note,
  tolerance,
  today,
  papers = [],
}: {
  actions: SlideActions;
  item: AgendaItemView;
  card: PresentationCard;
  canDecide: boolean;
  note: string | null;
  tolerance: number;
  today: string;
  /** The item's current board papers. */
  papers?: PaperView[];
}) {
  const titleId = `slide-${item.id}-title`;
  const hasFacts = Boolean(card.project || card.gate || card.rebaseline || card.experiment);
  const showSummary = item.summary && item.summary !== card.rebaseline?.reason;
  return (
    <article aria-labelledby={titleId} className="mx-auto w-full max-w-7xl space-y-6 p-4 md:p-6">
      <header>
        <p className="text-base font-semibold uppercase tracking-wide text-brand-700">
          {agendaItemKindLabels[item.kind]}
          {item.queueKind && item.queueKind !== "gate" ? ` · ${queueKindLabels[item.queueKind]}` : ""}
        </p>
        <h2 id={titleId} className="text-3xl font-bold md:text-4xl">
          {item.title}
        </h2>
        {showSummary && <p className="mt-2 whitespace-pre-line text-xl">{item.summary}</p>}
      </header>

      <div className={hasFacts ? "grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : "mx-auto max-w-3xl space-y-6"}>
        <div className="min-w-0 space-y-6 lg:col-start-2 lg:row-start-1">
          <section aria-labelledby={`slide-${item.id}-proposal`} className="card">
            <h3 id={`slide-${item.id}-proposal`} className="text-xl font-semibold">
              Indstilling
            </h3>
            <p className="mt-1 whitespace-pre-line text-lg">{item.proposedDecision || "Ingen indstilling."}</p>
          </section>
          <SlidePapers itemId={item.id} papers={papers} />
          <div aria-live="polite">
            {item.decision ? (
              <div className="space-y-3">
                <DecisionSummary decision={item.decision} recorderName={item.recorderName} large />
                {canDecide && <UndoDecisionForm action={actions.undoDecision.bind(null, item.id)} itemId={item.id} decisionId={item.decision.id} title={item.title} />}
              </div>
            ) : canDecide ? (
              <div className="card space-y-4">
                {item.settled && <SettledNotice settled={item.settled} large />}
                <DecisionForm
                  action={actions.recordDecision.bind(null, item.id)}
                  itemId={item.id}
                  kind={item.kind}
                  settledElsewhere={Boolean(item.settled)}
                  title={item.title}
                  promotionDepartments={item.queueKind === "experiment_scale" ? listDepartmentOptions() : undefined}
                />
              </div>
            ) : item.settled ? (
              <div className="card">
                <SettledNotice settled={item.settled} large />
              </div>
            ) : (
              <p className="card text-lg text-muted">Der er ikke registreret en beslutning endnu.</p>
            )}
          </div>
          {note !== null && (
            <section aria-label="Private noter" className="card bg-amber-50">
              <PrivateNoteForm action={actions.savePrivateNote.bind(null, item.id)} itemId={item.id} note={note} />
            </section>
          )}
        </div>
        {hasFacts && (
          <div className="min-w-0 space-y-4 lg:col-start-1 lg:row-start-1">
            {card.gate && <GateFacts itemId={item.id} gate={card.gate} />}
            {card.rebaseline && <RebaselineFacts itemId={item.id} rebaseline={card.rebaseline} />}
            {card.experiment && <ExperimentFacts itemId={item.id} card={card.experiment} />}
            {card.project && <ProjectFacts itemId={item.id} card={card.project} tolerance={tolerance} today={today} />}
          </div>
        )}
      </div>
    </article>
  );
}
