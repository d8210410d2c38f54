"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { purposeLabels } from "@/lib/domain/labels";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function StartExperimentForm({ action }: { action: Action }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Start forsøget">
      {(state) => (
        <>
          <FormMessage state={state} />
          <SubmitButton pendingText="Starter…">Start forsøget</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ApproveExperimentForm({ approve, reject }: { approve: Action; reject: Action }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ActionForm action={approve} className="space-y-3" ariaLabel="Godkend forsøget">
        {(state) => (
          <>
            <FormMessage state={state} />
            <p className="text-sm">Godkend forsøget over rammen. Det starter med det samme.</p>
            <SubmitButton pendingText="Godkender…">Godkend forsøget</SubmitButton>
          </>
        )}
      </ActionForm>
      <ActionForm action={reject} className="space-y-3" ariaLabel="Afvis forsøget">
        {(state) => (
          <>
            <FormMessage state={state} />
            <TextAreaField name="reason" label="Begrundelse for afvisning" state={state} rows={2} required />
            <SubmitButton className="btn btn-secondary" pendingText="Afviser…">
              Afvis forsøget
            </SubmitButton>
          </>
        )}
      </ActionForm>
    </div>
  );
}

export function PromoteExperimentForm({
  action,
  departments,
  defaultDepartmentId,
  actorName,
  sponsorName,
}: {
  action: Action;
  departments: { id: number; name: string }[];
  defaultDepartmentId: number | null;
  actorName: string;
  sponsorName: string | null;
}) {
  const owners = [{ value: "self", label: `Mig selv (${actorName})` }, ...(sponsorName ? [{ value: "sponsor", label: `Sponsoren (${sponsorName})` }] : [])];
  return (
    <ActionForm action={action} className="space-y-4" ariaLabel="Skalér til projekt">
      {(state) => (
        <>
          <FormMessage state={state} />
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField
              name="departmentId"
              label="Afdeling"
              state={state}
              placeholder="Vælg afdeling"
              options={departments.map((department) => ({ value: department.id, label: department.name }))}
              defaultValue={defaultDepartmentId ?? ""}
            />
            <SelectField
              name="purpose"
              label="Formål"
              state={state}
              options={Object.entries(purposeLabels).map(([value, label]) => ({ value, label }))}
              defaultValue="new_service"
            />
            <SelectField name="owner" label="Projektejer" state={state} options={owners} defaultValue="self" />
          </div>
          <SubmitButton pendingText="Opretter projekt…">Skalér til projekt</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
