"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function PublishDraftForm({ action }: { action: Action }) {
  return (
    <ActionForm action={action} ariaLabel="Udgiv kladde">
      {(state) => (
        <>
          <SubmitButton pendingText="Udgiver…" className="btn btn-secondary">
            Udgiv kladden
          </SubmitButton>
          <FormMessage state={state} />
        </>
      )}
    </ActionForm>
  );
}
