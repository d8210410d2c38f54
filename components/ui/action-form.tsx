"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { idleState, type ActionState } from "@/lib/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form bound to a server action through useActionState. With JavaScript it submits without React's
 * automatic reset, so a refused form keeps what the user typed; without JavaScript it still posts.
 */
export function ActionForm({
  action,
  children,
  className,
  resetOnSuccess = false,
  ariaLabel,
}: {
  action: Action;
  children: (state: ActionState, pending: boolean) => React.ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
  ariaLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && state.ok) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  return (
    <form
      ref={formRef}
      action={formAction}
      aria-label={ariaLabel}
      noValidate
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
        const formData = new FormData(event.currentTarget, submitter);
        startTransition(() => formAction(formData));
      }}
    >
      {children(state, pending)}
    </form>
  );
}
