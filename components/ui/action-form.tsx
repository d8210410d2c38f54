"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { idleState, type ActionState } from "@/lib/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form bound to a server action through useActionState. With JavaScript it submits without React's
 * automatic reset, so a refused form keeps what the user typed; without JavaScript it still posts.
 * The newer values a stale save was shown (`current`, with the version to save on) stay until a save succeeds, so
 * a later refusal for another reason (a field message) does not send the form back to its stale version.
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
  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    return !result.ok && !result.current && previous.current ? { ...result, current: previous.current } : result;
  }, idleState);
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
