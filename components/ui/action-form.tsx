"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { idleState, type ActionState } from "@/lib/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form bound to a server action through useActionState. With JavaScript it submits without React's
 * automatic reset, so a refused form keeps what the user typed, and moves focus to the first field the refusal
 * names; without JavaScript it still posts.
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
  // The action itself goes to useActionState, so that the form still posts to the server without JavaScript.
  const [answer, formAction, pending] = useActionState(action, idleState);
  const [seen, setSeen] = useState(answer);
  const [kept, setKept] = useState<ActionState["current"]>(undefined);
  if (answer !== seen) {
    setSeen(answer);
    setKept(answer.ok ? undefined : (answer.current ?? kept));
  }
  const state = !answer.ok && !answer.current && kept ? { ...answer, current: kept } : answer;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && answer.ok) formRef.current?.reset();
    // A refusal takes the user to the first field it names, or brings its message into view, wherever they submitted from.
    if (!answer.ok && answer !== idleState) {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (invalid) invalid.focus();
      else formRef.current?.querySelector('[role="alert"]')?.scrollIntoView({ block: "nearest" });
    }
  }, [answer, resetOnSuccess]);
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
