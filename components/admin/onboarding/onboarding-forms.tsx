"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";

export function MunicipalityNameForm({ action, name }: { action: FormAction; name: string }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Kommunens navn">
      {(state) => (
        <>
          <TextField name="municipalityName" label="Kommunens navn" hint="Fx Egeby Kommune. 2–80 tegn." defaultValue={name} maxLength={80} required state={state} />
          <input type="hidden" name="shownName" value={state.current?.municipalityName ?? name} />
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          {state.current && <CurrentValues id="municipality-current" current={state.current} labels={{ municipalityName: "Kommunens navn" }} />}
          <SubmitButton>Gem navnet</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DepartmentLinesForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} className="space-y-3" resetOnSuccess ariaLabel="Opret afdelinger">
      {(state) => (
        <>
          <TextAreaField
            name="departments"
            label="Afdelinger, én pr. linje"
            hint="Fx Social og Sundhed. Forkortelse, type, chef og direktør kan rettes bagefter under Afdelinger."
            rows={6}
            state={state}
          />
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          <SubmitButton pendingText="Opretter…">Opret afdelinger</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
