"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

type CommentAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function CommentForm({ action, ideaId }: { action: CommentAction; ideaId: number }) {
  return (
    <ActionForm action={action} resetOnSuccess className="space-y-3">
      {(state) => (
        <>
          <input type="hidden" name="ideaId" value={ideaId} />
          <TextAreaField name="body" id="comment-body" label="Din kommentar" rows={3} required maxLength={2000} state={state} />
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          <SubmitButton pendingText="Sender…">Kommentér</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
