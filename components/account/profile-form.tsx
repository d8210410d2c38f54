"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";

export type ProfileValues = { name: string; title: string; updatedAt: string };

type ProfileAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
type FormState = ActionState & { values: Record<string, string> | null; submission: number };

function submittedValues(formData: FormData): Record<string, string> {
  const text = (key: string) => String(formData.get(key) ?? "");
  return { name: text("name"), title: text("title"), updatedAt: text("updatedAt") };
}

/** Name and title. After a refusal the fields keep what was typed, or show the newer values saved elsewhere. */
export function ProfileForm({ action, profile }: { action: ProfileAction; profile: ProfileValues }) {
  const [state, formAction] = useActionState<FormState, FormData>(
    async (previous, formData) => {
      const result = await action({ ok: previous.ok, message: previous.message }, formData);
      const values = result.ok ? null : (result.current ?? submittedValues(formData));
      return { ...result, values, submission: previous.submission + 1 };
    },
    { ...idleState, values: null, submission: 0 },
  );
  const value = (key: keyof ProfileValues) => state.values?.[key] ?? profile[key];
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Profil">
      <div key={`${state.submission}-${profile.updatedAt}`} className="space-y-4">
        <input type="hidden" name="updatedAt" value={value("updatedAt")} />
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
      <SubmitButton>Gem profil</SubmitButton>
    </form>
  );
}
