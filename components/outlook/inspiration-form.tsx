"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { inspirationSourceLabels } from "@/lib/domain/labels";
import { labelOptions } from "@/components/ui/label-options";
import { SearchPicker } from "@/components/ui/search-picker";

type InspirationAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Choices = { zones: { id: number; name: string }[] };

const sourceOptions = labelOptions(inspirationSourceLabels);

export function InspirationForm({ action, choices, today }: { action: InspirationAction; choices: Choices; today: string }) {
  return (
    <ActionForm action={action} resetOnSuccess className="space-y-4">
      {(state) => (
        <>
          <TextField name="title" id="inspiration-title" label="Titel" hint="Hvad handlede det om? 3–160 tegn." required maxLength={160} state={state} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="sourceKind" id="inspiration-source" label="Kilde" placeholder="Vælg kilde" options={sourceOptions} required state={state} />
            <TextField name="date" id="inspiration-date" label="Dato" type="date" required defaultValue={today} state={state} />
          </div>
          <TextField
            name="organisation"
            id="inspiration-organisation"
            label="Organisation"
            hint="Fx Aarhus Kommune, KL, OS2 eller en konference."
            required
            maxLength={160}
            state={state}
          />
          <TextField name="link" id="inspiration-link" label="Link" type="url" hint="Valgfrit. En fuld adresse med https://" maxLength={500} inputMode="url" state={state} />
          <TextAreaField name="takeaway" id="inspiration-takeaway" label="Det tager vi med os" hint="Mindst 10 tegn." required maxLength={4000} state={state} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="zoneId"
              id="inspiration-zone"
              label="Udviklingsrum"
              placeholder="Intet udviklingsrum"
              options={choices.zones.map((zone) => ({ value: zone.id, label: zone.name }))}
              state={state}
            />
            <SearchPicker
              name="projectId"
              id="inspiration-project"
              label="Projekt"
              source="/api/pickers/projects"
              hint="Valgfrit. Søg på projektnummer eller titel."
              placeholder="Intet projekt"
              state={state}
            />
          </div>
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          <SubmitButton>Gem udsyn</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
