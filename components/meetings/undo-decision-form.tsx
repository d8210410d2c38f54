"use client";

import { RequiresNetwork } from "@/components/offline/requires-network";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

/** Fortryd: undoes a recorded decision until the minutes are approved; a reason is required. */
export function UndoDecisionForm({
  action,
  itemId,
  decisionId,
  title,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  itemId: number;
  decisionId: number;
  title: string;
}) {
  const id = (part: string) => `undo-${itemId}-${part}`;
  return (
    <details className="rounded-md border border-gray-300 p-3">
      <summary className="flex min-h-11 cursor-pointer items-center text-lg font-semibold">Fortryd beslutningen</summary>
      <RequiresNetwork>
        <ActionForm action={action} className="mt-3 space-y-3" ariaLabel={`Fortryd beslutning: ${title}`}>
          {(state, pending) => {
            const errors = state.fieldErrors ?? {};
            return (
              <>
                <FormMessage state={state} />
                <input type="hidden" name="decisionId" value={decisionId} />
                <div>
                  <label htmlFor={id("reason")} className="mb-1 block font-semibold">
                    Begrundelse
                  </label>
                  <p id={id("hint")} className="mb-1 text-sm text-muted">
                    Både beslutningen og fortrydelsen står i referatet og historikken.
                  </p>
                  <textarea
                    id={id("reason")}
                    name="reason"
                    rows={2}
                    required
                    maxLength={2000}
                    className="field"
                    aria-invalid={Boolean(errors.reason) || undefined}
                    aria-describedby={[id("hint"), errors.reason ? id("reason-error") : null].filter(Boolean).join(" ")}
                  />
                  {errors.reason && (
                    <p id={id("reason-error")} className="mt-1 text-sm font-medium text-red-800">
                      {errors.reason.join(" ")}
                    </p>
                  )}
                </div>
                <button type="submit" className="btn btn-secondary" disabled={pending} aria-disabled={pending}>
                  {pending ? "Fortryder …" : "Fortryd beslutning"}
                </button>
              </>
            );
          }}
        </ActionForm>
      </RequiresNetwork>
    </details>
  );
}
