"use client";

import { useFormStatus } from "react-dom";
import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FieldMessages, FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { involvementFieldLabels, involvementFormLabels, involvementGroupLabels } from "@/lib/domain/labels";
import { labelOptions } from "@/components/ui/label-options";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type InvolvementValues = {
  date: string;
  state: string;
  group: string;
  form: string;
  summary: string;
  outcome: string;
  version: number;
};

/**
 * Registers an entry (today, held, by default) or, given `values`, edits one on the version it was opened with; a
 * stale save keeps what the user typed and shows the newer values, with the version to overwrite them on.
 */
export function InvolvementForm({
  action,
  today,
  values,
  submitLabel = "Registrér inddragelse",
  idPrefix,
}: {
  action: Action;
  today: string;
  values?: InvolvementValues;
  submitLabel?: string;
  /** Field ids when the page holds more than one form with these names. */
  idPrefix?: string;
}) {
  // No id at all without a prefix: the field then takes its name as id (an `id: undefined` would wipe that out).
  const id = (name: string) => (idPrefix ? { id: `${idPrefix}-${name}` } : {});
  return (
    <ActionForm action={action} className="grid gap-3 md:grid-cols-2" ariaLabel={submitLabel} resetOnSuccess={!values}>
      {(state) => (
        <>
          <div className="md:col-span-2">
            <FormMessage state={state} />
          </div>
          {state.current && (
            <div className="md:col-span-2">
              <CurrentValues id={`${idPrefix ?? "involvement"}-current`} current={state.current} labels={involvementFieldLabels} />
            </div>
          )}
          {values && !state.current && <input type="hidden" name="version" value={values.version} />}
          <TextField {...id("date")} name="date" type="date" label={involvementFieldLabels.date} state={state} defaultValue={values?.date ?? today} />
          <SelectField
            {...id("state")}
            name="state"
            label={involvementFieldLabels.state}
            state={state}
            defaultValue={values?.state ?? "done"}
            hint="En gennemført inddragelse kan ikke ligge efter i dag."
            options={[
              { value: "done", label: "Gennemført" },
              { value: "planned", label: "Planlagt" },
            ]}
          />
          <SelectField {...id("group")} name="group" label={involvementFieldLabels.group} state={state} defaultValue={values?.group} options={labelOptions(involvementGroupLabels)} placeholder="Vælg gruppe" />
          <SelectField {...id("form")} name="form" label={involvementFieldLabels.form} state={state} defaultValue={values?.form} options={labelOptions(involvementFormLabels)} placeholder="Vælg form" />
          <TextAreaField {...id("summary")} name="summary" label={involvementFieldLabels.summary} state={state} defaultValue={values?.summary} rows={2} className="md:col-span-2" />
          <TextAreaField {...id("outcome")} name="outcome" label={involvementFieldLabels.outcome} state={state} defaultValue={values?.outcome} rows={2} className="md:col-span-2" />
          <div>
            <SubmitButton>{submitLabel}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}

/** The delete button, named after the entry so a screen reader says which one goes. */
function DeleteButton({ entryName }: { entryName: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn btn-secondary" disabled={pending} aria-disabled={pending} aria-label={pending ? undefined : `Slet inddragelsen: ${entryName}`}>
      {pending ? "Sletter…" : "Slet inddragelsen"}
    </button>
  );
}

/** Deletes an entry as it was shown (its version), after a tick that it is meant. */
export function DeleteInvolvementForm({ action, version, entryName, idPrefix }: { action: Action; version: number; entryName: string; idPrefix: string }) {
  const confirmId = `${idPrefix}-confirm`;
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel={`Slet inddragelsen: ${entryName}`}>
      {(state) => {
        const invalid = Boolean(state.fieldErrors?.confirm);
        return (
          <>
            <FormMessage state={state} />
            {state.current ? (
              <CurrentValues id={`${idPrefix}-current`} current={state.current} labels={involvementFieldLabels} />
            ) : (
              <input type="hidden" name="version" value={version} />
            )}
            <div>
              <label htmlFor={confirmId} className="inline-flex min-h-11 items-center gap-3">
                <input
                  id={confirmId}
                  type="checkbox"
                  name="confirm"
                  className="h-5 w-5"
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? `${confirmId}-error` : undefined}
                />
                Ja, slet denne inddragelse. Det kan ikke fortrydes.
              </label>
              <FieldMessages name="confirm" fieldId={confirmId} state={state} />
            </div>
            <DeleteButton entryName={entryName} />
          </>
        );
      }}
    </ActionForm>
  );
}
