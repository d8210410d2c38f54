"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { controlledFieldLabels as label, phaseLabels } from "@/lib/domain/labels";
import { DecisionButtons } from "@/components/ui/decision-buttons";
import { SearchPicker } from "@/components/ui/search-picker";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type ChangeRequestFormValues = {
  approvedBudgetKr: number;
  baselineStart: string | null;
  baselineEnd: string | null;
  departmentId: number;
  ownerId: number;
};

/** Ændringsanmodning: the board-controlled fields, pre-filled with today's values; the changed ones are sent with a reason. */
export function ChangeRequestForm({
  action,
  values,
  departments,
  ownerName,
}: {
  action: Action;
  values: ChangeRequestFormValues;
  departments: { id: number; name: string }[];
  /** The current owner, named in the owner picker while it is left empty (unchanged). */
  ownerName: string;
}) {
  return (
    <ActionForm action={action} className="space-y-4" ariaLabel="Ændringsanmodning">
      {(state) => (
        <>
          <FormMessage state={state} />
          <p className="text-sm text-muted">Ret de værdier, du vil have ændret. Felter, du ikke rører, forbliver uændrede.</p>
          <div className="grid gap-4 md:grid-cols-3">
            <TextField id="cr-approvedBudgetKr" name="approvedBudgetKr" inputMode="numeric" label={`Nyt ${label.approvedBudgetKr.toLowerCase()} (kr.)`} state={state} defaultValue={values.approvedBudgetKr} />
            <TextField id="cr-baselineStart" name="baselineStart" type="date" label={`Ny ${label.baselineStart.toLowerCase()}`} state={state} defaultValue={values.baselineStart ?? ""} />
            <TextField id="cr-baselineEnd" name="baselineEnd" type="date" label={`Ny ${label.baselineEnd.toLowerCase()}`} state={state} defaultValue={values.baselineEnd ?? ""} />
            <SelectField
              id="cr-departmentId"
              name="departmentId"
              label={`Ny ${label.departmentId.toLowerCase()}`}
              state={state}
              defaultValue=""
              placeholder={`Uændret (${departments.find((department) => department.id === values.departmentId)?.name ?? "nuværende"})`}
              options={departments.map((department) => ({ value: department.id, label: department.name }))}
            />
            <SearchPicker
              id="cr-ownerId"
              name="ownerId"
              label={`Ny ${label.ownerId.toLowerCase()}`}
              source="/api/pickers/people"
              state={state}
              placeholder={`Uændret (${ownerName})`}
            />
            <SelectField
              id="cr-phase"
              name="phase"
              label={label.phase}
              state={state}
              defaultValue=""
              placeholder="Uændret"
              options={[{ value: "stopped", label: `${phaseLabels.stopped} (projektet stoppes)` }]}
            />
          </div>
          <TextAreaField id="cr-reason" name="reason" label="Begrundelse til direktionen" state={state} rows={3} required />
          <SubmitButton pendingText="Sender…">Send ændringsanmodning</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** A director's decision on a pending change request: a comment (required to reject) and Godkend or Afvis. */
export function ChangeRequestDecisionForm({ action }: { action: Action }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Afgør ændringsanmodning">
      {(state) => (
        <>
          <FormMessage state={state} />
          <TextAreaField id="cr-comment" name="comment" label="Kommentar til ændringsanmodningen (skal udfyldes ved afvisning)" state={state} rows={2} />
          <DecisionButtons />
        </>
      )}
    </ActionForm>
  );
}
