"use client";

import { ActionForm } from "@/components/ui/action-form";
import { ConfirmableSubmit } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";

/**
 * One button that runs one action on a department (deactivate, reactivate, delete), with its message beside it; with
 * `confirm` it asks once more (ConfirmableSubmit).
 */
export function DepartmentButton({
  action,
  label,
  pendingText,
  secondary = true,
  confirm,
}: {
  action: FormAction;
  label: string;
  pendingText: string;
  secondary?: boolean;
  confirm?: { text: string; yes: string };
}) {
  return (
    <ActionForm action={action} ariaLabel={label} className="space-y-2">
      {(state) => (
        <>
          <ConfirmableSubmit label={label} pendingText={pendingText} className={secondary ? "btn btn-secondary" : "btn"} confirm={confirm} />
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
