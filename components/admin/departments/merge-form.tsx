"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FieldMessages, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";

/** Sammenlægning: everything in the first department moves to the second, and the first is deleted. */
export function MergeDepartmentsForm({ action, departments }: { action: FormAction; departments: { id: number; name: string; active: boolean }[] }) {
  const all = departments.map((department) => ({ value: department.id, label: department.active ? department.name : `${department.name} (deaktiveret)` }));
  const active = departments.filter((department) => department.active).map((department) => ({ value: department.id, label: department.name }));
  return (
    <ActionForm action={action} className="space-y-3" resetOnSuccess ariaLabel="Læg afdelinger sammen">
      {(state) => (
        <>
          <div className="grid gap-3 md:grid-cols-2">
            <SelectField id="merge-fromId" name="fromId" label="Læg denne afdeling" options={all} placeholder="Vælg afdeling" state={state} />
            <SelectField id="merge-intoId" name="intoId" label="sammen med" hint="Skal være aktiv." options={active} placeholder="Vælg afdeling" state={state} />
          </div>
          <div>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="confirm"
                className="h-5 w-5"
                aria-invalid={Boolean(state.fieldErrors?.confirm) || undefined}
                aria-describedby={state.fieldErrors?.confirm ? "confirm-error" : undefined}
              />
              Jeg forstår, at brugere, projekter, gevinster og idéer flyttes, og at den første afdeling slettes.
            </label>
            <FieldMessages name="confirm" state={state} />
          </div>
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          <SubmitButton pendingText="Lægger sammen…">Læg sammen</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
