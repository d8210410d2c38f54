"use client";

import { PromotionFields } from "@/components/experiments/promotion-fields";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

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
  actorName,
  sponsorName,
}: {
  action: Action;
  /** The departments the user may create projects in. */
  departments: { id: number; name: string }[];
  actorName: string;
  sponsorName: string | null;
}) {
  if (departments.length === 0) {
    return <p className="text-muted">Du kan ikke oprette projekter. En direktør eller en afdelingschef kan skalere forsøget til et projekt i sin afdeling.</p>;
  }
  const owners = [{ value: "self", label: `Mig selv (${actorName})` }, ...(sponsorName ? [{ value: "sponsor", label: `Sponsoren (${sponsorName})` }] : [])];
  return (
    <ActionForm action={action} className="space-y-4" ariaLabel="Skalér til projekt">
      {(state) => (
        <>
          <FormMessage state={state} />
          <PromotionFields state={state} departments={departments} />
          <SelectField name="owner" label="Projektejer" state={state} options={owners} defaultValue="self" />
          <SubmitButton pendingText="Opretter projekt…">Skalér til projekt</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
