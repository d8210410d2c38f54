"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { radarRingLabels } from "@/lib/domain/labels";
import { labelOptions } from "@/components/ui/label-options";

const ringOptions = labelOptions(radarRingLabels);

/** The test card: what we believe, how we test it, how we measure, what it may cost. */
export function TestCardForm({
  action,
  zoneId,
  projects,
  today,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  zoneId: number;
  projects: { id: number; code: string; title: string }[];
  today: string;
}) {
  return (
    <ActionForm action={action} className="space-y-6" ariaLabel="Testkort">
      {(state) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="zoneId" value={zoneId} />
          {state.fieldErrors?.zoneId && (
            <p role="alert" className="text-sm font-medium text-red-800">
              {state.fieldErrors.zoneId.join(" ")}
            </p>
          )}
          <fieldset className="card grid gap-4 md:grid-cols-2">
            <legend className="px-1 text-lg font-semibold">Testkort</legend>
            <TextField name="title" label="Titel" state={state} required maxLength={160} className="md:col-span-2" />
            <TextAreaField name="hypothesis" label="Hypotese" hint="Vi tror at …" state={state} required rows={3} className="md:col-span-2" />
            <TextAreaField name="test" label="Test" hint="For at afprøve det vil vi …" state={state} required rows={3} className="md:col-span-2" />
            <TextField name="metric" label="Målepunkt" hint="Og måle …" state={state} required maxLength={500} />
            <TextField name="successCriterion" label="Succeskriterium" hint="Vi har ret, hvis …" state={state} required maxLength={500} />
            <TextField name="periodStart" label="Startdato" type="date" state={state} required defaultValue={today} />
            <TextField name="periodEnd" label="Slutdato" type="date" state={state} required />
            <TextField
              name="moneyAtRiskKr"
              label="Beløb på spil (kr.)"
              hint="Tæller mod rummets risikoramme, mens forsøget er i gang."
              inputMode="numeric"
              state={state}
              required
            />
            {projects.length > 0 ? (
              <SelectField
                name="projectId"
                label="Projekt (valgfrit)"
                state={state}
                placeholder="Intet projekt"
                options={projects.map((project) => ({ value: project.id, label: `${project.code} ${project.title}` }))}
              />
            ) : (
              <div />
            )}
            <TextField name="technology" label="Teknologi" hint="Fx «Kunstig intelligens» eller «Sensorer»." state={state} required maxLength={60} />
            <SelectField
              name="radarRing"
              label="Ring på teknologiradaren"
              hint="Klar: brug den. Afprøv: prøv den af. Hold øje: undersøg den. Afvent: vent med den."
              state={state}
              options={ringOptions}
              defaultValue="trial"
            />
            <TextAreaField
              name="involvementPlanned"
              label="Planlagt inddragelse"
              hint="Hvem inddrager I, og hvordan — borgere, medarbejdere, MED?"
              state={state}
              rows={3}
              className="md:col-span-2"
            />
          </fieldset>
          <SubmitButton>Opret testkort</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
