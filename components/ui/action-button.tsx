"use client";

import { ActionForm } from "@/components/ui/action-form";
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
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  context?: string;
  hidden?: Record<string, string>;
  className?: string;
  pendingLabel?: string;
  showSuccess?: boolean;
}) {
  return (
    <ActionForm action={action} className="inline-flex flex-col gap-2">
      {(state, pending) => (
        <>
          {Object.entries(hidden ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className={className} disabled={pending} aria-disabled={pending} aria-label={context && !pending ? `${label}: ${context}` : undefined}>
            {pending ? pendingLabel : label}
          </button>
          {(showSuccess || !state.ok) && <FormMessage state={state} />}
        </>
      )}
    </ActionForm>
  );
}
