"use client";

import { useActionState } from "react";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";
import { focusLabels } from "@/lib/domain/labels";
import { labelOptions } from "@/components/ui/label-options";

export type GoalFormValues = { id: number; title: string; description: string; focus: string; version: number };

type GoalAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;
type FormState = ActionState & { values: Record<string, string> | null; submission: number };

const focusOptions = labelOptions(focusLabels);
const fieldLabels = { title: "Titel", focus: "Fokusområde", description: "Beskrivelse" };

function submittedValues(formData: FormData): Record<string, string> {
  const text = (key: string) => String(formData.get(key) ?? "");
  return { title: text("title"), description: text("description"), focus: text("focus"), version: text("version") };
}

/**
 * Creates a goal (no `goal`) or edits one. After a refusal the fields keep what was typed; when someone else saved
 * first, the newer values are shown beside them with the version to save on. After a successful create the form is
 * empty again.
 */
export function StrategyGoalForm({ action, goal }: { action: GoalAction; goal?: GoalFormValues }) {
  const [state, formAction] = useActionState<FormState, FormData>(
    async (previous, formData) => {
      const result = await action({ ok: previous.ok, message: previous.message }, formData);
      return { ...result, values: result.ok ? null : submittedValues(formData), submission: previous.submission + 1 };
    },
    { ...idleState, values: null, submission: 0 },
  );
  const value = (key: "title" | "description" | "focus") => state.values?.[key] ?? goal?.[key] ?? "";
  const prefix = goal ? `goal-${goal.id}` : "new-goal";
  const current = state.current
    ? { ...state.current, focus: focusLabels[state.current.focus as keyof typeof focusLabels] ?? state.current.focus }
    : null;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div key={`${state.submission}-${goal?.version ?? 0}`} className="space-y-4">
        {goal && <input type="hidden" name="id" value={goal.id} />}
        {goal && !current && <input type="hidden" name="version" value={state.values?.version || String(goal.version)} />}
        <TextField
          id={`${prefix}-title`}
          name="title"
          label="Titel"
          hint="3–160 tegn."
          required
          maxLength={160}
          defaultValue={value("title")}
          state={state}
        />
        <SelectField
          id={`${prefix}-focus`}
          name="focus"
          label="Fokusområde"
          options={focusOptions}
          placeholder={goal ? undefined : "Vælg fokusområde"}
          required
          defaultValue={value("focus")}
          state={state}
        />
        <TextAreaField
          id={`${prefix}-description`}
          name="description"
          label="Beskrivelse"
          hint="Hvad vil kommunen opnå, og hvordan ser vi, at vi lykkes? Højst 2000 tegn."
          maxLength={2000}
          defaultValue={value("description")}
          state={state}
        />
      </div>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {current && <CurrentValues id={`${prefix}-current`} current={current} labels={fieldLabels} />}
      <SubmitButton>{goal ? "Gem ændringer" : "Opret mål"}</SubmitButton>
    </form>
  );
}
