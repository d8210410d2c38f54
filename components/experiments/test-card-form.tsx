"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { radarRingLabels, testCardFieldLabels } from "@/lib/domain/labels";
import { formatNumber } from "@/lib/format";
import { labelOptions } from "@/components/ui/label-options";

const ringOptions = labelOptions(radarRingLabels);

/** A draft's saved test card, the edit form's starting values. */
export type TestCardValues = {
  title: string;
  hypothesis: string;
  test: string;
  metric: string;
  successCriterion: string;
  periodStart: string | null;
  periodEnd: string | null;
  moneyAtRiskKr: number;
  projectId: number | null;
  technology: string;
  radarRing: string;
  involvementPlanned: string;
  version: number;
};

/**
 * The test card: what we believe, how we test it, how we measure, what it may cost. A new card names its zone
 * (`zoneId`); a draft's card is edited from its saved `values`, on their version.
 */
export function TestCardForm({
  action,
  zoneId,
  values,
  projects,
  today,
  submitLabel = "Opret testkort",
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  zoneId?: number;
  values?: TestCardValues;
  projects: { id: number; code: string; title: string }[];
  today: string;
  submitLabel?: string;
}) {
  return (
    <ActionForm action={action} className="space-y-6" ariaLabel="Testkort">
      {(state) => (
        <>
          <FormMessage state={state} />
          {state.current && <CurrentValues id="test-card-current" current={state.current} labels={testCardFieldLabels} />}
          {values && !state.current && <input type="hidden" name="version" value={values.version} />}
          {zoneId !== undefined && <input type="hidden" name="zoneId" value={zoneId} />}
          {state.fieldErrors?.zoneId && (
            <p role="alert" className="text-sm font-medium text-red-800">
              {state.fieldErrors.zoneId.join(" ")}
            </p>
          )}
          <fieldset className="card grid gap-4 md:grid-cols-2">
            <legend className="px-1 text-lg font-semibold">Testkort</legend>
            <TextField name="title" label="Titel" state={state} required maxLength={160} defaultValue={values?.title} className="md:col-span-2" />
            <TextAreaField name="hypothesis" label="Hypotese" hint="Vi tror at …" state={state} required rows={3} defaultValue={values?.hypothesis} className="md:col-span-2" />
            <TextAreaField name="test" label="Test" hint="For at afprøve det vil vi …" state={state} required rows={3} defaultValue={values?.test} className="md:col-span-2" />
            <TextField name="metric" label="Målepunkt" hint="Og måle …" state={state} required maxLength={500} defaultValue={values?.metric} />
            <TextField name="successCriterion" label="Succeskriterium" hint="Vi har ret, hvis …" state={state} required maxLength={500} defaultValue={values?.successCriterion} />
            <TextField name="periodStart" label="Startdato" type="date" state={state} required defaultValue={values ? (values.periodStart ?? "") : today} />
            <TextField name="periodEnd" label="Slutdato" type="date" state={state} required defaultValue={values?.periodEnd ?? undefined} />
            <TextField
              name="moneyAtRiskKr"
              label="Beløb på spil (kr.)"
              hint="Tæller mod rummets risikoramme, mens forsøget er i gang."
              inputMode="numeric"
              state={state}
              required
              defaultValue={values ? formatNumber(values.moneyAtRiskKr) : undefined}
            />
            {projects.length > 0 ? (
              <SelectField
                name="projectId"
                label="Projekt (valgfrit)"
                state={state}
                placeholder="Intet projekt"
                defaultValue={values?.projectId ?? undefined}
                options={projects.map((project) => ({ value: project.id, label: `${project.code} ${project.title}` }))}
              />
            ) : (
              <div />
            )}
            <TextField name="technology" label="Teknologi" hint="Fx «Kunstig intelligens» eller «Sensorer»." state={state} required maxLength={60} defaultValue={values?.technology} />
            <SelectField
              name="radarRing"
              label="Ring på teknologiradaren"
              hint="Klar: brug den. Afprøv: prøv den af. Hold øje: undersøg den. Afvent: vent med den."
              state={state}
              options={ringOptions}
              defaultValue={values?.radarRing ?? "trial"}
            />
            <TextAreaField
              name="involvementPlanned"
              label="Planlagt inddragelse"
              hint="Hvem inddrager I, og hvordan — borgere, medarbejdere, MED?"
              state={state}
              rows={3}
              defaultValue={values?.involvementPlanned}
              className="md:col-span-2"
            />
          </fieldset>
          <SubmitButton>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
