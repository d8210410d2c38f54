"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";

/** An unread notification's title: pressing it marks the notification read and goes where it leads. */
export function OpenNotificationForm({ action, title }: { action: FormAction; title: string }) {
  return (
    <ActionForm action={action}>
      {(state, pending) => (
        <>
          <button
            type="submit"
            disabled={pending}
            aria-disabled={pending}
            className="inline-flex min-h-11 items-center text-left font-semibold text-brand-700 underline hover:text-brand-900"
          >
            {title}
          </button>
          <FormMessage state={state} />
        </>
      )}
    </ActionForm>
  );
}
