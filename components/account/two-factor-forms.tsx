"use client";

import Link from "@/components/ui/link";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { idleState, type ActionState, type EnrolmentState } from "@/lib/action-state";

/** The two-factor server actions; the page that renders the forms passes them down. */
export type TwoFactorActions = {
  start: (state: ActionState, formData: FormData) => Promise<ActionState>;
  confirm: (state: EnrolmentState, formData: FormData) => Promise<EnrolmentState>;
  disable: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

export function TwoFactorStartForm({ action }: { action: TwoFactorActions["start"] }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Opret totrinsbekræftelse">
      {(state) => (
        <>
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          <SubmitButton pendingText="Opretter…">Opret totrinsbekræftelse</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** The first code; on success the ten recovery codes are shown here, once. */
export function TwoFactorConfirmForm({ action, continueTo }: { action: TwoFactorActions["confirm"]; continueTo: string }) {
  const [state, formAction] = useActionState<EnrolmentState, FormData>(action, idleState);
  if (state.ok && state.recoveryCodes) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <h3 className="text-lg font-semibold">Dine gendannelseskoder</h3>
        <p>
          Gem koderne et sikkert sted. Hver kode kan bruges én gang i stedet for koden fra appen, hvis du mister din telefon. De vises kun
          nu.
        </p>
        <ul aria-label="Gendannelseskoder" className="grid grid-cols-2 gap-2 font-mono">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Link href={continueTo} className="btn inline-flex min-h-11 items-center">
          Jeg har gemt koderne – fortsæt
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label="Bekræft totrinsbekræftelse">
      <TextField
        name="code"
        label="Kode fra appen"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        hint="Seks cifre."
        state={state}
      />
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <SubmitButton pendingText="Kontrollerer…">Bekræft</SubmitButton>
    </form>
  );
}

export function TwoFactorDisableForm({ action }: { action: TwoFactorActions["disable"] }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Slå totrinsbekræftelse fra">
      {(state) => (
        <>
          <TextField name="password" id="two-factor-password" label="Adgangskode" type="password" autoComplete="current-password" required state={state} />
          <TextField name="code" id="two-factor-disable-code" label="Kode fra appen" inputMode="numeric" autoComplete="one-time-code" required state={state} />
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          <SubmitButton className="btn btn-secondary" pendingText="Slår fra…">
            Slå totrinsbekræftelse fra
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
