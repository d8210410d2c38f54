"use client";

import { useOfflineAction } from "@/components/offline/use-offline-action";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

/** The signed-in director's own note on an item; only its author can ever read it. In meeting mode it is kept on the device while offline. */
export function PrivateNoteForm({ action, itemId, note }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; itemId: number; note: string }) {
  const id = `note-${itemId}`;
  const submit = useOfflineAction(action, { kind: "note", itemId, seenDecisionId: null });
  return (
    <ActionForm action={submit} className="space-y-2" ariaLabel="Mine private noter">
      {(state, pending) => (
        <>
          <label htmlFor={id} className="block text-lg font-semibold">
            Mine private noter
          </label>
          <p id={`${id}-hint`} className="text-sm text-muted">
            Kun du kan læse dine noter. De kommer aldrig med i referatet.
          </p>
          <textarea id={id} name="body" rows={4} maxLength={10_000} defaultValue={note} className="field" aria-describedby={`${id}-hint`} />
          <button type="submit" className="btn btn-secondary" disabled={pending} aria-disabled={pending}>
            {pending ? "Gemmer …" : "Gem note"}
          </button>
          <FormMessage state={state} />
        </>
      )}
    </ActionForm>
  );
}
