"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";

/** The new password twice; the e-mail is there for password managers. */
export function SetPasswordForm({ action, email }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; email: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Vælg adgangskode">
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Ny adgangskode"
        hint="Mindst 12 tegn. En sætning af flere ord er let at huske og svær at gætte."
        autoComplete="new-password"
        required
        minLength={12}
        state={state}
      />
      <TextField id="confirm" name="confirm" type="password" label="Gentag adgangskoden" autoComplete="new-password" required state={state} />
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <SubmitButton pendingText="Gemmer…">Gem adgangskode</SubmitButton>
    </form>
  );
}
