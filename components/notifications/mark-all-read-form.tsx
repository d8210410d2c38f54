"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";

export function MarkAllReadForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} className="space-y-2" ariaLabel="Markér alle som læst">
      {(state, pending) => (
        <>
          <button type="submit" className="btn btn-secondary" disabled={pending} aria-disabled={pending}>
            {pending ? "Markerer …" : "Markér alle som læst"}
          </button>
          <FormMessage state={state} />
        </>
      )}
    </ActionForm>
  );
}
