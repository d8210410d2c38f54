"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

type IdeaAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function IdeaForm({ action, departments, defaultDepartmentId }: { action: IdeaAction; departments: { id: number; name: string }[]; defaultDepartmentId: number | null }) {
  return (
    <ActionForm action={action} resetOnSuccess className="space-y-4">
      {(state) => (
        <>
          <TextField name="title" id="idea-title" label="Titel" hint="3–160 tegn." required maxLength={160} state={state} />
          <TextAreaField
            name="description"
            id="idea-description"
            label="Beskrivelse"
            hint="Hvilket problem løser idéen, og for hvem? Mindst 10 tegn."
            required
            maxLength={4000}
            state={state}
          />
          <SelectField
            name="departmentId"
            id="idea-department"
            label="Afdeling"
            placeholder="Ingen bestemt afdeling"
            options={departments.map((department) => ({ value: department.id, label: department.name }))}
            defaultValue={defaultDepartmentId ?? ""}
            state={state}
          />
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          <SubmitButton pendingText="Sender…">Indsend idé</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
