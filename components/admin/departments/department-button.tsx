"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";

/** One button that runs one action on a department (deactivate, reactivate, delete), with its message beside it. */
export function DepartmentButton({ action, label, pendingText, secondary = true }: { action: FormAction; label: string; pendingText: string; secondary?: boolean }) {
  return (
    <ActionForm action={action} ariaLabel={label} className="space-y-2">
      {(state) => (
        <>
          <SubmitButton pendingText={pendingText} className={secondary ? "btn btn-secondary" : "btn"}>
            {label}
          </SubmitButton>
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
