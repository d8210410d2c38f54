"use client";

import { PromotionFields } from "@/components/experiments/promotion-fields";
import { useOfflineMeeting } from "@/components/offline/offline-meeting";
import { useOfflineAction } from "@/components/offline/use-offline-action";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import type { AgendaItemKind } from "@/lib/codes";
import { decisionOutcomeLabels, outcomesFor } from "@/lib/domain/decision-outcomes";
import { isOpen } from "@/lib/offline/queue";

/**
 * Records the board's decision in two taps: an outcome, then "Registrér beslutning"; the text is optional for Godkendt.
 * In meeting mode without a connection the decision is kept on the device (written against "no decision", which is
 * what this form shows) and the form gives way to it until it is sent or the user has chosen after a conflict.
 */
export function DecisionForm({
  action,
  itemId,
  kind,
  settledElsewhere = false,
  title,
  promotionDepartments,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  itemId: number;
  /** An information item is only taken note of; the others are decided. */
  kind: AgendaItemKind;
  /** The item's request was decided on its own page since it was put on the agenda: it is only taken note of. */
  settledElsewhere?: boolean;
  title: string;
  /** Set for an experiment asking to scale: Godkendt creates a project, so the decision names its department, purpose and budget. */
  promotionDepartments?: { id: number; name: string }[];
}) {
  const id = (part: string) => `decision-${itemId}-${part}`;
  const outcomes = outcomesFor(kind, settledElsewhere);
  const offline = useOfflineMeeting();
  const submit = useOfflineAction(action, { kind: "decision", itemId, seenDecisionId: null });
  if (offline?.writes.some((write) => write.itemId === itemId && write.kind !== "note" && isOpen(write))) {
    return <p className="text-lg">Din beslutning er gemt på enheden og står øverst på punktet.</p>;
  }
  return (
    <ActionForm action={submit} className="space-y-4" ariaLabel={`Beslutning: ${title}`}>
      {(state, pending) => {
        const errors = state.fieldErrors ?? {};
        return (
          <>
            <FormMessage state={state} />
            <fieldset aria-describedby={errors.outcome ? id("outcome-error") : undefined}>
              <legend className="mb-2 text-xl font-semibold">Beslutning</legend>
              <div className="grid grid-cols-2 gap-3">
                {outcomes.map((outcome) => (
                  <label key={outcome} className="choice-tile">
                    <input type="radio" name="outcome" value={outcome} required />
                    {decisionOutcomeLabels[outcome]}
                  </label>
                ))}
              </div>
              {errors.outcome && (
                <p id={id("outcome-error")} className="mt-1 text-sm font-medium text-red-800">
                  {errors.outcome.join(" ")}
                </p>
              )}
            </fieldset>
            <div>
              <label htmlFor={id("text")} className="mb-1 block text-lg font-semibold">
                Beslutningstekst
              </label>
              <p id={id("hint")} className="mb-1 text-sm text-muted">
                {kind === "information" || settledElsewhere
                  ? "Frivillig: fx hvad direktionen bad om at få fulgt op."
                  : "Frivillig ved Godkendt; skriv beslutningen ved Afvist, Udsat og Justeret."}
              </p>
              <textarea
                id={id("text")}
                name="text"
                rows={3}
                maxLength={4000}
                className="field text-lg"
                aria-invalid={Boolean(errors.text) || undefined}
                aria-describedby={[id("hint"), errors.text ? id("text-error") : null].filter(Boolean).join(" ")}
              />
              {errors.text && (
                <p id={id("text-error")} className="mt-1 text-sm font-medium text-red-800">
                  {errors.text.join(" ")}
                </p>
              )}
            </div>
            {promotionDepartments && (
              <fieldset className="space-y-2">
                <legend className="text-lg font-semibold">Nyt projekt ved Godkendt</legend>
                <p className="text-sm text-muted">Skal udfyldes, når forsøget godkendes til skalering.</p>
                <PromotionFields state={state} departments={promotionDepartments} idPrefix={id("")} />
              </fieldset>
            )}
            <button type="submit" className="btn min-h-14 w-full text-lg" disabled={pending} aria-disabled={pending}>
              {pending ? "Registrerer …" : "Registrér beslutning"}
            </button>
          </>
        );
      }}
    </ActionForm>
  );
}
