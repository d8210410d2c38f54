"use client";

import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { DecisionButtons } from "@/components/ui/decision-buttons";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The half-minute entry: date (today), value, optional comment. */
export function MeasurementForm({ action, today, unit, idPrefix }: { action: Action; today: string; unit: string; idPrefix: string }) {
  return (
    <ActionForm action={action} className="flex flex-wrap items-end gap-3" ariaLabel="Registrér måling" resetOnSuccess>
      {(state) => (
        <>
          <TextField id={`${idPrefix}-date`} name="date" type="date" label="Dato" state={state} defaultValue={today} className="w-40" />
          <TextField id={`${idPrefix}-value`} name="value" label={`Værdi${unit ? ` (${unit})` : ""}`} inputMode="decimal" state={state} className="w-36" />
          <TextField id={`${idPrefix}-comment`} name="comment" label="Kommentar (valgfri)" state={state} className="min-w-48 flex-1" />
          <SubmitButton>Registrér måling</SubmitButton>
          <div className="basis-full">
            <FormMessage state={state} />
          </div>
        </>
      )}
    </ActionForm>
  );
}

const measurementLabels: Record<string, string> = { date: "Dato", value: "Værdi", comment: "Kommentar" };

/**
 * What "Slet målingen" says before it acts, as deleteMeasurement does it: the row is deleted, so the curve and the
 * assessment no longer count it; the audit log keeps its date and value.
 */
const deleteMeasurementConsequence =
  "Målingen fjernes fra kurven og fra vurderingen af gevinsten. Det kan ikke fortrydes, men revisionsloggen gemmer målingens dato og værdi.";

export function CorrectMeasurementForm({
  action,
  deleteAction,
  values,
  name,
  idPrefix,
}: {
  action: Action;
  deleteAction: Action;
  values: { date: string; value: number; comment: string; version: number };
  /** The measurement as its row names it ("2. dec. 2026 (40 stk.)"), for the delete button's accessible name. */
  name: string;
  idPrefix: string;
}) {
  return (
    <div className="space-y-2">
      <ActionForm action={action} className="flex flex-wrap items-end gap-3" ariaLabel="Ret måling">
        {(state) => (
          <>
            {state.current ? (
              <div className="basis-full">
                <CurrentValues id={`${idPrefix}-current`} current={state.current} labels={measurementLabels} />
              </div>
            ) : (
              <input type="hidden" name="version" value={values.version} />
            )}
            <TextField id={`${idPrefix}-date`} name="date" type="date" label="Dato" state={state} defaultValue={values.date} className="w-40" />
            <TextField id={`${idPrefix}-value`} name="value" label="Værdi" inputMode="decimal" state={state} defaultValue={String(values.value).replace(".", ",")} className="w-36" />
            <TextField id={`${idPrefix}-comment`} name="comment" label="Kommentar" state={state} defaultValue={values.comment} className="min-w-48 flex-1" />
            <SubmitButton className="btn btn-secondary">Gem rettelse</SubmitButton>
            <div className="basis-full">
              <FormMessage state={state} />
            </div>
          </>
        )}
      </ActionForm>
      <ActionButton
        action={deleteAction}
        label="Slet målingen"
        context={name}
        hidden={{ version: String(values.version) }}
        pendingLabel="Sletter…"
        confirm={deleteMeasurementConsequence}
      />
    </div>
  );
}

export function RebaselineRequestForm({ action, idPrefix }: { action: Action; idPrefix: string }) {
  return (
    <ActionForm action={action} className="grid gap-3 md:grid-cols-2" ariaLabel="Anmod om ny baseline" resetOnSuccess>
      {(state) => (
        <>
          <div className="md:col-span-2">
            <FormMessage state={state} />
          </div>
          <TextField id={`${idPrefix}-nbv`} name="newBaselineValue" label="Ny baseline" inputMode="decimal" state={state} />
          <TextField id={`${idPrefix}-nbd`} name="newBaselineDate" label="Ny baselinedato" type="date" state={state} />
          <TextField id={`${idPrefix}-ntv`} name="newTargetValue" label="Nyt mål" inputMode="decimal" state={state} />
          <TextField id={`${idPrefix}-ntd`} name="newTargetDate" label="Ny måldato" type="date" state={state} />
          <TextAreaField id={`${idPrefix}-reason`} name="reason" label="Begrundelse" state={state} rows={2} className="md:col-span-2" />
          <div>
            <SubmitButton>Anmod om ny baseline</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function RebaselineDecisionForm({ action, idPrefix }: { action: Action; idPrefix: string }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Afgør ny baseline">
      {(state) => (
        <>
          <FormMessage state={state} />
          <TextAreaField id={`${idPrefix}-comment`} name="comment" label="Direktørens kommentar" hint="Skal udfyldes ved afvisning" state={state} rows={2} />
          <DecisionButtons approveLabel="Godkend ny baseline" />
        </>
      )}
    </ActionForm>
  );
}
