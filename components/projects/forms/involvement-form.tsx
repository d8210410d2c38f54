"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { involvementFormLabels, involvementGroupLabels } from "@/lib/domain/labels";
import { labelOptions } from "@/components/ui/label-options";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function InvolvementForm({ action, today }: { action: Action; today: string }) {
  return (
    <ActionForm action={action} className="grid gap-3 md:grid-cols-2" ariaLabel="Registrér inddragelse" resetOnSuccess>
      {(state) => (
        <>
          <div className="md:col-span-2">
            <FormMessage state={state} />
          </div>
          <TextField name="date" type="date" label="Dato" state={state} defaultValue={today} />
          <SelectField name="state" label="Planlagt eller gennemført" state={state} defaultValue="done" options={[{ value: "done", label: "Gennemført" }, { value: "planned", label: "Planlagt" }]} />
          <SelectField name="group" label="Hvem blev inddraget" state={state} options={labelOptions(involvementGroupLabels)} placeholder="Vælg gruppe" />
          <SelectField name="form" label="Form" state={state} options={labelOptions(involvementFormLabels)} placeholder="Vælg form" />
          <TextAreaField name="summary" label="Hvad skete der" state={state} rows={2} className="md:col-span-2" />
          <TextAreaField name="outcome" label="Resultat" state={state} rows={2} className="md:col-span-2" />
          <div>
            <SubmitButton>Registrér inddragelse</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
