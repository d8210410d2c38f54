"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { agendaItemKindLabels } from "@/lib/domain/labels";

const freeKinds = (["information", "discussion", "decision"] as const).map((kind) => ({ value: kind, label: agendaItemKindLabels[kind] }));

/** A free agenda item: orientering, drøftelse or beslutning, with an optional proposed decision. */
export function FreeItemForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <ActionForm action={action} className="space-y-4" ariaLabel="Tilføj punkt" resetOnSuccess>
      {(state) => (
        <>
          <FormMessage state={state} />
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField id="free-kind" name="kind" label="Type" state={state} options={freeKinds} defaultValue="information" />
            <TextField id="free-title" name="title" label="Titel" state={state} required maxLength={200} className="md:col-span-2" />
          </div>
          <TextAreaField id="free-summary" name="summary" label="Beskrivelse" state={state} rows={3} maxLength={4000} />
          <TextAreaField id="free-proposed" name="proposedDecision" label="Indstilling" state={state} rows={2} maxLength={2000} />
          <SubmitButton pendingText="Tilføjer …">Tilføj punkt</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
