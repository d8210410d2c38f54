"use client";

import { useActionState } from "react";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";

export type ProfileValues = { name: string; title: string; updatedAt: string };

type ProfileAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
type FormState = ActionState & { values: Record<string, string> | null; submission: number };

const fieldLabels = { name: "Navn", title: "Stillingsbetegnelse" };

function submittedValues(formData: FormData): Record<string, string> {
  const text = (key: string) => String(formData.get(key) ?? "");
  return { name: text("name"), title: text("title"), updatedAt: text("updatedAt") };
}

/**
 * Name and title. After a refusal the fields keep what was typed; when the profile was saved elsewhere first, the
 * newer values are shown beside them with the version to save on.
 */
export function ProfileForm({ action, profile }: { action: ProfileAction; profile: ProfileValues }) {
  const [state, formAction] = useActionState<FormState, FormData>(
    async (previous, formData) => {
      const result = await action({ ok: previous.ok, message: previous.message }, formData);
      return { ...result, values: result.ok ? null : submittedValues(formData), submission: previous.submission + 1 };
    },
    { ...idleState, values: null, submission: 0 },
  );
  const value = (key: "name" | "title") => state.values?.[key] ?? profile[key];
  const current = state.current ? { name: state.current.name, title: state.current.title, version: state.current.updatedAt } : null;
  // The profile's version field is `updatedAt`; CurrentValues' own `version` field is not read by the action.
  const updatedAt = current?.version || state.values?.updatedAt || profile.updatedAt;
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Profil">
      <div key={`${state.submission}-${profile.updatedAt}`} className="space-y-4">
        <input type="hidden" name="updatedAt" value={updatedAt} />
        <TextField name="name" label="Navn" required maxLength={120} autoComplete="name" defaultValue={value("name")} state={state} />
        <TextField
          name="title"
          label="Stillingsbetegnelse"
          maxLength={120}
          autoComplete="organization-title"
          defaultValue={value("title")}
          state={state}
        />
      </div>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {current && <CurrentValues id="profile-current" current={current} labels={fieldLabels} />}
      <SubmitButton>Gem profil</SubmitButton>
    </form>
  );
}
