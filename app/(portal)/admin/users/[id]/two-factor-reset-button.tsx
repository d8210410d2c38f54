"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";

/** Nulstil totrinsbekræftelse: for a user who lost their phone; they enrol again. */
export function TwoFactorResetButton({ action, enabled }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; enabled: boolean }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <p className="text-sm text-muted">
        {enabled
          ? "Totrinsbekræftelse er slået til. Nulstil den, hvis brugeren har mistet sin telefon; brugeren skal derefter oprette den igen."
          : "Totrinsbekræftelse er ikke slået til."}
      </p>
      <SubmitButton className="btn btn-secondary" pendingText="Nulstiller…">
        Nulstil totrinsbekræftelse
      </SubmitButton>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
