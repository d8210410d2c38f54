"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import type { ZoneFormChoices } from "@/lib/queries/zones";
import { SearchPicker } from "@/components/ui/search-picker";

export type ZoneFormValues = {
  name: string;
  theme: string;
  purpose: string;
  strategyGoalId: number | null;
  sponsorId: number | null;
  leadId: number | null;
  cadence: string;
  riskFrameKr: number;
  status?: "active" | "closed";
  version?: number;
};

const currentLabels: Record<string, string> = {
  name: "Navn",
  theme: "Tema",
  purpose: "Formål",
  strategyGoalId: "Strategisk mål",
  cadence: "Mødekadence",
  status: "Status",
  leadId: "Rumleder",
  sponsorId: "Sponsor i direktionen",
  riskFrameKr: "Risikoramme",
};

/**
 * Creates a zone (no status/version) or edits one. `canChangeFrame` false: the sponsor and the risk frame are shown
 * but kept as they are (they belong to the sponsor director).
 */
export function ZoneForm({
  action,
  choices,
  values,
  submitLabel,
  canChangeFrame = true,
  frameText,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  choices: ZoneFormChoices;
  values: ZoneFormValues;
  submitLabel: string;
  canChangeFrame?: boolean;
  frameText?: { sponsorName: string; riskFrame: string };
}) {
  const editing = values.version !== undefined;
  return (
    <ActionForm action={action} className="space-y-6" ariaLabel="Udviklingsrum">
      {(state) => (
        <>
          <FormMessage state={state} />
          {state.current && <CurrentValues id="zone-current" current={state.current} labels={currentLabels} />}
          {editing && !state.current && <input type="hidden" name="version" value={values.version} />}

          <fieldset className="card grid gap-4 md:grid-cols-2">
            <legend className="px-1 text-lg font-semibold">Rummet</legend>
            <TextField
              name="name"
              label="Navn"
              hint={editing ? "Rummets adresse ændres ikke, når navnet ændres." : "Adressen dannes af navnet (æ, ø og å bliver til ae, oe og aa)."}
              state={state}
              defaultValue={values.name}
              required
              maxLength={120}
              className="md:col-span-2"
            />
            <TextField name="theme" label="Tema" state={state} defaultValue={values.theme} maxLength={160} className="md:col-span-2" />
            <TextAreaField name="purpose" label="Formål" state={state} defaultValue={values.purpose} maxLength={4000} className="md:col-span-2" />
            <SelectField
              name="strategyGoalId"
              label="Strategisk mål"
              state={state}
              options={choices.goals.map((goal) => ({ value: goal.id, label: goal.title }))}
              placeholder="Intet strategisk mål"
              defaultValue={values.strategyGoalId ?? ""}
              className="md:col-span-2"
            />
            <TextField
              name="cadence"
              label="Mødekadence"
              hint="Fx «Hver anden torsdag» eller «Månedligt»."
              state={state}
              defaultValue={values.cadence}
              maxLength={120}
            />
            {editing && (
              <SelectField
                name="status"
                label="Status"
                state={state}
                options={[
                  { value: "active", label: "Aktivt" },
                  { value: "closed", label: "Lukket" },
                ]}
                defaultValue={values.status}
              />
            )}
          </fieldset>

          <fieldset className="card grid gap-4 md:grid-cols-2">
            <legend className="px-1 text-lg font-semibold">Forankring og risikoramme</legend>
            <SearchPicker name="leadId" label="Rumleder" source="/api/pickers/people?scope=zone-lead" state={state} initial={choices.lead} required />
            {canChangeFrame ? (
              <>
                <SelectField
                  name="sponsorId"
                  label="Sponsor i direktionen"
                  hint="Den direktør, rummet er forankret hos. Kun sponsoren godkender forsøg over rammen."
                  state={state}
                  options={choices.sponsors.map((person) => ({ value: person.id, label: person.name }))}
                  placeholder="Vælg direktør"
                  defaultValue={values.sponsorId ?? ""}
                  required
                />
                <TextField
                  name="riskFrameKr"
                  label="Risikoramme (kr.)"
                  hint="Det beløb, rummets forsøg i gang tilsammen må sætte på spil."
                  inputMode="numeric"
                  state={state}
                  defaultValue={String(values.riskFrameKr)}
                  required
                />
              </>
            ) : (
              <div className="md:col-span-2">
                <p>
                  <span className="font-semibold">Sponsor i direktionen:</span> {frameText?.sponsorName}
                </p>
                <p>
                  <span className="font-semibold">Risikoramme:</span> {frameText?.riskFrame}
                </p>
                <p className="text-sm text-muted">Sponsoren og risikorammen ændres kun af sponsoren.</p>
              </div>
            )}
          </fieldset>
          <SubmitButton>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
