"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

type ButtonAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One button that posts hidden fields to a server action and shows its message: ending a session, or all of them.
 * `context` completes the button's name for screen readers ("Afslut" … "session for Anna Berg i Chrome").
 */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  context,
  secondary = true,
}: {
  action: ButtonAction;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel: string;
  context?: string;
  secondary?: boolean;
}) {
  return (
    <ActionForm action={action} className="space-y-2">
      {(state, pending) => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className={secondary ? "btn btn-secondary" : "btn"} disabled={pending} aria-disabled={pending}>
            {pending ? pendingLabel : label}
            {context && <span className="sr-only"> {context}</span>}
          </button>
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
