"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { evidenceStrengthLabels, experimentDecisionLabels, sharingLabels } from "@/lib/domain/labels";
import { labelOptions } from "@/components/ui/label-options";


/** Finishing an experiment writes its learning card. */
export function LearningCardForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <ActionForm action={action} className="space-y-4" ariaLabel="Læringskort">
      {(state) => (
        <>
          <FormMessage state={state} />
          <TextAreaField name="observation" label="Observation" hint="Hvad så I? Tal og iagttagelser." state={state} required rows={3} />
          <TextAreaField name="learning" label="Læring" hint="Hvad ved vi nu, som vi ikke vidste før?" state={state} required rows={3} />
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField name="decision" label="Beslutning" state={state} placeholder="Vælg beslutning" options={labelOptions(experimentDecisionLabels)} required />
            <SelectField name="evidenceStrength" label="Evidensens styrke" state={state} placeholder="Vælg styrke" options={labelOptions(evidenceStrengthLabels)} required />
            <SelectField name="sharing" label="Deling" state={state} placeholder="Vælg delingsniveau" options={labelOptions(sharingLabels)} required />
          </div>
          <SubmitButton>Afslut forsøget</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
