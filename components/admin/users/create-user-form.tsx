"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";
import { OneTimeLink } from "./one-time-link";
import { UserFields, type DepartmentOption } from "./user-fields";

export type CreateUserState = ActionState & { path?: string; expiresAt?: string; userId?: number };
type CreateAction = (state: CreateUserState, formData: FormData) => Promise<CreateUserState>;
type FormState = CreateUserState & { values: Record<string, string> | null; submission: number };

function submittedValues(formData: FormData): Record<string, string> {
  const text = (key: string) => String(formData.get(key) ?? "");
  return { name: text("name"), email: text("email"), title: text("title"), role: text("role"), departmentId: text("departmentId") };
}

/** Creates a user; on success the form empties and the one-time link is shown once with a copy button. */
export function CreateUserForm({ action, departments }: { action: CreateAction; departments: DepartmentOption[] }) {
  const [state, formAction] = useActionState<FormState, FormData>(
    async (previous, formData) => {
      const result = await action({ ok: previous.ok, message: previous.message }, formData);
      return { ...result, values: result.ok ? null : submittedValues(formData), submission: previous.submission + 1 };
    },
    { ...idleState, values: null, submission: 0 },
  );
  const values = state.values ?? {};
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4" noValidate aria-label="Opret bruger">
        <div key={state.submission} className="space-y-4">
          <TextField
            id="new-user-email"
            name="email"
            type="email"
            label="E-mail"
            hint="Brugeren logger ind med denne adresse. Den skal være unik."
            required
            maxLength={254}
            autoComplete="off"
            defaultValue={values.email ?? ""}
            state={state}
          />
          <UserFields prefix="new-user" values={values} departments={departments} state={state} />
        </div>
        <div aria-live="polite">
          <FormMessage state={state} />
        </div>
        <SubmitButton pendingText="Opretter…">Opret bruger</SubmitButton>
      </form>
      {state.ok && state.path && (
        <section aria-label="Engangslink til den nye bruger" className="rounded-md border border-green-700 bg-green-50 p-4">
          <OneTimeLink id="new-user-link" path={state.path} expiresAt={state.expiresAt} />
        </section>
      )}
    </div>
  );
}
