"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

type RevokeAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function RevokeButton({ action, linkId, label }: { action: RevokeAction; linkId: number; label: string }) {
  return (
    <ActionForm action={action} className="space-y-2">
      {(state, pending) => (
        <>
          <input type="hidden" name="linkId" value={linkId} />
          <button type="submit" className="btn btn-secondary" disabled={pending} aria-disabled={pending}>
            {pending ? "Tilbagekalder…" : "Tilbagekald"}
            <span className="sr-only"> {label}</span>
          </button>
          <div aria-live="polite">{!state.ok && <FormMessage state={state} />}</div>
        </>
      )}
    </ActionForm>
  );
}
