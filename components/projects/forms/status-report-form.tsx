"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FieldMessages, FormMessage, TextField } from "@/components/ui/form";
import { type Light, type ReportDimension, statusDimensions } from "@/lib/codes";
import type { ActionState } from "@/lib/action-state";
import { dimensionLabels, lightLabels } from "@/lib/domain/labels";
import { proposeOverall, type Proposal } from "@/lib/domain/status-proposal";

const lightOrder: Light[] = ["green", "yellow", "red"];
const lightStyles: Record<Light, string> = {
  green: "peer-checked:border-green-700 peer-checked:bg-green-50",
  yellow: "peer-checked:border-amber-600 peer-checked:bg-amber-50",
  red: "peer-checked:border-red-700 peer-checked:bg-red-50",
};

function proposalText(proposal: Proposal): string {
  return proposal ? `Foreslået: ${lightLabels[proposal.light]} — ${proposal.explanation}` : "Intet forslag: vurdér selv, og vælg en farve";
}

function DimensionFields({
  dimension,
  proposal,
  chosen,
  onChoose,
  state,
}: {
  dimension: ReportDimension;
  proposal: Proposal;
  chosen: Light | null;
  onChoose: (light: Light) => void;
  state: ActionState;
}) {
  const overridden = Boolean(proposal && chosen && proposal.light !== chosen);
  const name = `${dimension}Light`;
  return (
    <fieldset className="rounded-lg border border-gray-300 p-4">
      <legend className="px-1 text-lg font-semibold">{dimensionLabels[dimension]}</legend>
      <p id={`${dimension}-proposal`} className="mb-2 text-sm font-medium text-brand-800">
        {proposalText(proposal)}
      </p>
      <div className="flex flex-wrap gap-2" role="radiogroup" aria-describedby={`${dimension}-proposal`}>
        {lightOrder.map((light) => (
          <label key={light} className="relative">
            <input
              type="radio"
              name={name}
              value={light}
              checked={chosen === light}
              onChange={() => onChoose(light)}
              className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
            />
            <span
              className={`flex min-h-11 min-w-24 items-center justify-center gap-2 rounded-md border-2 border-gray-300 px-3 font-medium peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700 ${lightStyles[light]}`}
            >
              <span aria-hidden="true" className={`h-3 w-3 rounded-full ${light === "green" ? "bg-status-green" : light === "yellow" ? "bg-amber-400" : "bg-status-red"}`} />
              {lightLabels[light]}
            </span>
          </label>
        ))}
      </div>
      <FieldMessages name={name} state={state} />
      <div className="mt-3">
        <label htmlFor={`${dimension}Comment`} className="mb-1 block text-sm font-semibold">
          Kommentar {chosen && chosen !== "green" && <span>(skal udfyldes ved gul og rød)</span>}
        </label>
        <textarea
          id={`${dimension}Comment`}
          name={`${dimension}Comment`}
          rows={2}
          className="field"
          aria-invalid={Boolean(state.fieldErrors?.[`${dimension}Comment`]) || undefined}
          aria-describedby={state.fieldErrors?.[`${dimension}Comment`] ? `${dimension}Comment-error` : undefined}
        />
        <FieldMessages name={`${dimension}Comment`} state={state} />
      </div>
      {overridden && (
        <div className="mt-3">
          <label htmlFor={`${dimension}OverrideReason`} className="mb-1 block text-sm font-semibold">
            Begrundelse for at afvige fra forslaget
          </label>
          <textarea
            id={`${dimension}OverrideReason`}
            name={`${dimension}OverrideReason`}
            rows={2}
            className="field"
            aria-invalid={Boolean(state.fieldErrors?.[`${dimension}OverrideReason`]) || undefined}
            aria-describedby={state.fieldErrors?.[`${dimension}OverrideReason`] ? `${dimension}OverrideReason-error` : undefined}
          />
          <FieldMessages name={`${dimension}OverrideReason`} state={state} />
        </div>
      )}
    </fieldset>
  );
}

type Choices = Partial<Record<ReportDimension, Light>>;

/** Proposed lights start chosen; leverance and risiko, which the portal cannot judge, start unchosen. */
const initialChoices = (proposals: Record<ReportDimension, Proposal>): Choices =>
  Object.fromEntries(statusDimensions.flatMap((dimension) => (proposals[dimension] ? [[dimension, proposals[dimension]!.light]] : [])));

/**
 * The five dimensions and the overall light. The overall proposal follows the lights as they are chosen, and the
 * overall light follows its proposal until the author picks one. A published report starts the next one afresh.
 */
function ReportLights({ proposals, state }: { proposals: Record<ReportDimension, Proposal>; state: ActionState }) {
  const [choices, setChoices] = useState<Choices>(() => initialChoices(proposals));
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.ok) setChoices(initialChoices(proposals));
  }
  const overallProposal = proposeOverall(statusDimensions.map((dimension) => choices[dimension]));
  const choose = (dimension: ReportDimension) => (light: Light) => setChoices((current) => ({ ...current, [dimension]: light }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {statusDimensions.map((dimension) => (
        <DimensionFields key={dimension} dimension={dimension} proposal={proposals[dimension]} chosen={choices[dimension] ?? null} onChoose={choose(dimension)} state={state} />
      ))}
      <DimensionFields
        dimension="overall"
        proposal={overallProposal}
        chosen={choices.overall ?? overallProposal?.light ?? null}
        onChoose={choose("overall")}
        state={state}
      />
    </div>
  );
}

export function StatusReportForm({
  action,
  proposals,
  today,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  proposals: Record<ReportDimension, Proposal>;
  today: string;
}) {
  return (
    <ActionForm action={action} className="space-y-4" ariaLabel="Ny statusrapport" resetOnSuccess>
      {(state) => (
        <>
          <FormMessage state={state} />
          <TextField name="reportDate" type="date" label="Rapportdato" defaultValue={today} state={state} className="max-w-xs" />
          <ReportLights proposals={proposals} state={state} />
          <p className="text-sm text-muted">En udgivet rapport kan ikke ændres; den afløses af den næste.</p>
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="intent" value="draft" className="btn btn-secondary">
              Gem som kladde
            </button>
            <button type="submit" name="intent" value="publish" className="btn">
              Udgiv
            </button>
          </div>
        </>
      )}
    </ActionForm>
  );
}
