"use client";

import { ActionForm } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/action-state";

type VoteAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A toggle: pressed while the user's vote counts; pressing again withdraws it. */
export function VoteButton({ action, ideaId, title, voted, count }: { action: VoteAction; ideaId: number; title: string; voted: boolean; count: number }) {
  return (
    <ActionForm action={action} className="flex flex-wrap items-center gap-3">
      {(state, pending) => (
        <>
          <input type="hidden" name="ideaId" value={ideaId} />
          <button
            type="submit"
            aria-pressed={voted}
            disabled={pending}
            aria-disabled={pending}
            className={voted ? "btn" : "btn btn-secondary"}
          >
            <span aria-hidden="true">{voted ? "★" : "☆"}</span>
            Stem<span className="sr-only"> på {title}</span>
          </button>
          <span className="font-semibold" aria-live="polite">
            {count === 1 ? "1 stemme" : `${count} stemmer`}
            {voted && <span className="font-normal text-muted"> (inkl. din)</span>}
          </span>
          {!state.ok && state.message && (
            <span role="alert" className="text-sm font-medium text-red-800">
              {state.message}
            </span>
          )}
        </>
      )}
    </ActionForm>
  );
}
