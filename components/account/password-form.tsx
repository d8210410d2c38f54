"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

type PasswordAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Skift adgangskode: the fields are emptied after a successful change. */
export function PasswordForm({ action, minLength }: { action: PasswordAction; minLength: number }) {
  return (
    <ActionForm action={action} resetOnSuccess className="space-y-4" ariaLabel="Skift adgangskode">
      {(state) => (
        <>
          <TextField name="currentPassword" label="Nuværende adgangskode" type="password" autoComplete="current-password" required state={state} />
          <TextField
            name="newPassword"
            label="Ny adgangskode"
            type="password"
            autoComplete="new-password"
            required
            minLength={minLength}
            hint={`Mindst ${minLength} tegn. Almindelige adgangskoder afvises. En sætning af flere ord er let at huske og svær at gætte.`}
            state={state}
          />
          <TextField name="confirmPassword" label="Gentag ny adgangskode" type="password" autoComplete="new-password" required state={state} />
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          <SubmitButton pendingText="Skifter…">Skift adgangskode</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
