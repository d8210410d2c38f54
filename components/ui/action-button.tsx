"use client";

import { ActionForm } from "@/components/ui/action-form";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

/**
 * One button that runs one server action (move, remove, publish, put on the agenda). With `context` the
 * accessible name starts with the visible label and names the item: "Flyt op: <punktets titel>".
 */
export function ActionButton({
  action,
  label,
  context,
  hidden,
  className = "btn btn-secondary",
  pendingLabel = "Et øjeblik …",
  showSuccess = false,
  confirm,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  context?: string;
  hidden?: Record<string, string>;
  className?: string;
  pendingLabel?: string;
  showSuccess?: boolean;
  /** What the action does, asked about first (ConfirmStep): the button inside then reads "Ja, <label>". */
  confirm?: string;
}) {
  return (
    <ActionForm action={action} className="inline-flex flex-col gap-2">
      {(state, pending) => (
        <>
          {Object.entries(hidden ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {confirm ? (
            <ConfirmStep label={label}>
              <p className="text-sm">{confirm}</p>
              <button type="submit" className="btn" disabled={pending} aria-disabled={pending} aria-label={context && !pending ? `Ja, ${label.toLowerCase()}: ${context}` : undefined}>
                {pending ? pendingLabel : `Ja, ${label.toLowerCase()}`}
              </button>
            </ConfirmStep>
          ) : (
            <button type="submit" className={className} disabled={pending} aria-disabled={pending} aria-label={context && !pending ? `${label}: ${context}` : undefined}>
              {pending ? pendingLabel : label}
            </button>
          )}
          {(showSuccess || !state.ok) && <FormMessage state={state} />}
        </>
      )}
    </ActionForm>
  );
}
