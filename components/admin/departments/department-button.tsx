"use client";

import { ActionForm } from "@/components/ui/action-form";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";

/**
 * One button that runs one action on a department (deactivate, reactivate, delete), with its message beside it. With
 * `confirm` the button opens what the action does first (ConfirmStep), and the action runs from the `yes` button inside.
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
          {confirm ? (
            <ConfirmStep label={label}>
              <p className="text-sm">{confirm.text}</p>
              <SubmitButton pendingText={pendingText} className="btn">
                {confirm.yes}
              </SubmitButton>
            </ConfirmStep>
          ) : (
            <SubmitButton pendingText={pendingText} className={secondary ? "btn btn-secondary" : "btn"}>
              {label}
            </SubmitButton>
          )}
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
