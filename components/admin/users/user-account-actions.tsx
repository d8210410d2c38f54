"use client";

import { useActionState } from "react";
import { ConfirmableSubmit } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";
import { OneTimeLink } from "./one-time-link";

type LinkState = ActionState & { path?: string; expiresAt?: string };
type Action<State extends ActionState = ActionState> = (state: State, formData: FormData) => Promise<State>;

/**
 * One button that runs one action and shows its outcome beside it; with `confirm` it asks once more (ConfirmableSubmit).
 */
function ActionButton({
  action,
  label,
  pendingText,
  description,
  confirm,
}: {
  action: Action;
  label: string;
  pendingText: string;
  description: string;
  confirm?: { text: string; yes: string };
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <p className="text-sm text-muted">{description}</p>
      <ConfirmableSubmit label={label} pendingText={pendingText} confirm={confirm} />
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

function ResetButton({ action }: { action: Action<LinkState> }) {
  const [state, formAction] = useActionState<LinkState, FormData>(action, idleState);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <p className="text-sm text-muted">Den nuværende adgangskode holder op med at virke, og brugeren logges ud overalt. Brugeren vælger en ny via et engangslink.</p>
      <ConfirmableSubmit
        label="Nulstil adgangskode"
        pendingText="Nulstiller…"
        confirm={{ text: "Det kan ikke fortrydes: brugeren kan først logge ind igen, når en ny adgangskode er valgt via linket.", yes: "Ja, nulstil adgangskoden" }}
      />
      <div aria-live="polite" className="space-y-3">
        <FormMessage state={state} />
        {state.ok && state.path && <OneTimeLink id="reset-link" path={state.path} expiresAt={state.expiresAt} />}
      </div>
    </form>
  );
}

/** Deactivate or reactivate, unlock and reset the password of one user. */
export function UserAccountActions({
  active,
  locked,
  deactivate,
  reactivate,
  unlock,
  reset,
}: {
  active: boolean;
  locked: boolean;
  deactivate: Action;
  reactivate: Action;
  unlock: Action;
  reset: Action<LinkState>;
}) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {/* One component for both directions, so the outcome message stays after the page shows the new status. */}
      <ActionButton
        action={active ? deactivate : reactivate}
        label={active ? "Deaktivér" : "Genaktivér"}
        pendingText={active ? "Deaktiverer…" : "Genaktiverer…"}
        description={
          active
            ? "Brugeren mister adgangen til portalen. Alt, hvad brugeren har skrevet, bevares med navn."
            : "Brugeren kan logge ind igen med sin adgangskode."
        }
        confirm={
          active
            ? {
                text: "Brugeren logges ud af alle sessioner med det samme og kan ikke logge ind, før kontoen genaktiveres. Ubrugte engangslinks holder op med at virke. Rolle, afdeling og projekter bevares.",
                yes: "Ja, deaktivér brugeren",
              }
            : undefined
        }
      />
      {active && <ResetButton action={reset} />}
      <ActionButton
        action={unlock}
        label="Lås op"
        pendingText="Låser op…"
        description={locked ? "Kontoen er midlertidigt låst efter for mange mislykkede login. Lås op, så brugeren kan prøve igen med det samme." : "Kontoen er ikke låst. Lås op nulstiller også mislykkede loginforsøg."}
      />
    </div>
  );
}
