"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

export function ApproveMinutesForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <ActionForm action={action} className="space-y-2" ariaLabel="Godkend referatet">
      {(state, pending) => (
        <>
          <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
            {pending ? "Godkender …" : "Godkend referatet"}
          </button>
          <FormMessage state={state} />
        </>
      )}
    </ActionForm>
  );
}
