"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { triageStatuses } from "@/lib/codes";
import { ideaStatusLabels } from "@/lib/domain/labels";

type TriageAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

const statusOptions = triageStatuses.map((status) => ({ value: status, label: ideaStatusLabels[status] }));

const currentLabels: Record<string, string> = { status: "Status", reason: "Begrundelse", zoneId: "Udviklingsrum", projectCode: "Projektnummer" };

/** Works without JavaScript: every field is there, and the hints say which status needs which. */
export function TriageForm({
  action,
  ideaId,
  version,
  zones,
  alreadyExperiment,
}: {
  action: TriageAction;
  ideaId: number;
  version: number;
  zones: { id: number; name: string }[];
  alreadyExperiment: boolean;
}) {
  const options = alreadyExperiment ? statusOptions.filter((option) => option.value !== "to_experiment") : statusOptions;
  return (
    <ActionForm action={action} className="space-y-4">
      {(state) => (
        <>
          <input type="hidden" name="ideaId" value={ideaId} />
          {!state.current && <input type="hidden" name="version" value={version} />}
          <SelectField name="status" id="triage-status" label="Ny status" placeholder="Vælg status" options={options} required state={state} />
          <TextAreaField
            name="reason"
            id="triage-reason"
            label="Begrundelse"
            hint="Skal udfyldes ved Afvist; forslagsstilleren ser begrundelsen på idéen."
            rows={3}
            maxLength={2000}
            state={state}
          />
          {!alreadyExperiment && (
            <SelectField
              name="zoneId"
              id="triage-zone"
              label="Udviklingsrum til forsøget"
              hint={zones.length ? "Skal vælges ved Til forsøg: idéen bliver et forsøg i kladde i rummet." : "Der er ingen aktive udviklingsrum, du kan sende forsøg til."}
              placeholder="Vælg udviklingsrum"
              options={zones.map((zone) => ({ value: zone.id, label: zone.name }))}
              state={state}
            />
          )}
          <TextField
            name="projectCode"
            id="triage-project"
            label="Projektnummer"
            hint="Valgfrit ved Blevet projekt, fx DIG-2026-014."
            maxLength={20}
            autoComplete="off"
            state={state}
          />
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          {state.current && <CurrentValues id="triage-current" current={state.current} labels={currentLabels} />}
          <SubmitButton>Gem vurdering</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
