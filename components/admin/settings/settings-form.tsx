"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";
import { rangeText, settingAreaLabels, settingAreas, settingDefinitions, settingKeysOf, type SettingKey } from "@/lib/domain/settings";

type SettingsAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;
type FormState = ActionState & { values: Record<string, string> | null; submission: number };

function submittedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$")).map(([key, value]) => [key, String(value)]));
}

/**
 * Every setting on one form, grouped by area, each with its unit, range and explanation. After a refusal the fields
 * keep what was typed; after a stale save they show the newest stored values and the version to save on.
 */
export function SettingsForm({ action, values, version }: { action: SettingsAction; values: Record<SettingKey, string>; version: number }) {
  const [state, formAction] = useActionState<FormState, FormData>(
    async (previous, formData) => {
      const result = await action({ ok: previous.ok, message: previous.message }, formData);
      const shown = result.ok ? null : (result.current ?? submittedValues(formData));
      return { ...result, values: shown, submission: previous.submission + 1 };
    },
    { ...idleState, values: null, submission: 0 },
  );
  const value = (key: string) => state.values?.[key] ?? values[key as SettingKey];
  const shownVersion = state.values?.version || String(version);
  return (
    <form action={formAction} className="space-y-6" noValidate aria-label="Indstillinger">
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <div key={`${state.submission}-${version}`} className="space-y-6">
        <input type="hidden" name="version" value={shownVersion} />
        {settingAreas.map((area) => (
          <fieldset key={area} className="card space-y-4">
            <legend className="px-1 text-xl font-semibold">{settingAreaLabels[area]}</legend>
            <div className="grid gap-4 md:grid-cols-2">
              {settingKeysOf(area).map((key) => {
                const definition = settingDefinitions[key];
                const label = definition.kind === "number" ? `${definition.label} (${definition.unit})` : definition.label;
                return (
                  <TextField
                    key={key}
                    name={key}
                    label={label}
                    hint={`${definition.explanation} Tilladt: ${rangeText(definition)}.`}
                    inputMode={definition.kind === "number" ? "numeric" : undefined}
                    defaultValue={value(key)}
                    required={definition.kind === "number" || definition.minLength > 0}
                    state={state}
                  />
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
      <SubmitButton>Gem indstillinger</SubmitButton>
    </form>
  );
}
