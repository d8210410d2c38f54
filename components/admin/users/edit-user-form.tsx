"use client";

import { useActionState } from "react";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";
import { roleLabels } from "@/lib/domain/role-labels";
import { EmailField, UserFields, type DepartmentOption, type UserFieldValues } from "./user-fields";

type EditAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
type FormState = ActionState & { values: Record<string, string> | null; submission: number };

const fieldLabels = { name: "Navn", email: "E-mail", title: "Titel", role: "Rolle", departmentId: "Afdeling" };

function submittedValues(formData: FormData): Record<string, string> {
  const text = (key: string) => String(formData.get(key) ?? "");
  return {
    name: text("name"),
    email: text("email"),
    title: text("title"),
    role: text("role"),
    departmentId: text("departmentId"),
    version: text("version"),
  };
}

/**
 * Edits name, e-mail, title, role and department on the version the page was opened with; a stale save is refused.
 * `emailHint` says what a new address means for signing in (the page knows about single sign-on).
 */
export function EditUserForm({
  action,
  user,
  departments,
  emailHint,
}: {
  action: EditAction;
  user: UserFieldValues & { id: number; email: string; version: string };
  departments: DepartmentOption[];
  emailHint: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(
    async (previous, formData) => {
      const result = await action({ ok: previous.ok, message: previous.message }, formData);
      return { ...result, values: result.ok ? null : submittedValues(formData), submission: previous.submission + 1 };
    },
    { ...idleState, values: null, submission: 0 },
  );
  const values = state.values ?? user;
  const departmentName = (id: string) => departments.find((department) => String(department.value) === id)?.label ?? "Ingen afdeling";
  const current = state.current
    ? {
        ...state.current,
        role: roleLabels[state.current.role as keyof typeof roleLabels] ?? state.current.role,
        departmentId: departmentName(state.current.departmentId ?? ""),
      }
    : null;
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Brugerens oplysninger">
      <div key={`${state.submission}-${user.version}`} className="space-y-4">
        {!current && <input type="hidden" name="version" value={state.values?.version || user.version} />}
        <EmailField id={`user-${user.id}-email`} value={values.email ?? ""} hint={emailHint} state={state} />
        <UserFields prefix={`user-${user.id}`} values={values} departments={departments} state={state} />
      </div>
      {current && <CurrentValues id={`user-${user.id}-current`} current={current} labels={fieldLabels} />}
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <SubmitButton>Gem ændringer</SubmitButton>
    </form>
  );
}
