"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import type { Phase } from "@/lib/codes";
import { phaseLabels } from "@/lib/domain/labels";
import { DecisionButtons } from "@/components/ui/decision-buttons";
import { ConfirmableSubmit } from "@/components/ui/confirm-step";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function GateRequestForm({ action, phases }: { action: Action; phases: Phase[] }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Anmod om fasegodkendelse">
      {(state) => (
        <>
          <FormMessage state={state} />
          <SelectField name="toPhase" label="Videre til fase" state={state} options={phases.map((phase) => ({ value: phase, label: phaseLabels[phase] }))} />
          <TextAreaField name="comment" label="Kommentar til direktionen" state={state} rows={2} />
          <SubmitButton pendingText="Sender…">Anmod om fasegodkendelse</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function GateDecisionForm({ action }: { action: Action }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Afgør fasegodkendelse">
      {(state) => (
        <>
          <FormMessage state={state} />
          <TextAreaField name="comment" label="Direktionens kommentar" hint="Skal udfyldes ved afvisning" state={state} rows={2} />
          <DecisionButtons />
        </>
      )}
    </ActionForm>
  );
}

export function PhaseChangeForm({ action, phases }: { action: Action; phases: Phase[] }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Skift fase">
      {(state) => (
        <>
          <FormMessage state={state} />
          <SelectField name="toPhase" label="Ny fase" state={state} options={phases.map((phase) => ({ value: phase, label: phaseLabels[phase] }))} />
          <TextAreaField name="reason" label="Begrundelse" hint="Skal udfyldes, når et projekt stoppes" state={state} rows={2} />
          {/* A phase is never changed back, and a stopped or closed project is frozen: one more step first. */}
          <ConfirmableSubmit
            label="Skift fase"
            pendingText="Gemmer…"
            confirm={{
              text: "Fasen kan ikke skiftes tilbage. Stoppes eller afsluttes projektet, kan dets fase, budget, datoer og ejer ikke ændres mere.",
              yes: "Ja, skift fase",
            }}
          />
        </>
      )}
    </ActionForm>
  );
}
