"use client";

import { useActionState } from "react";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";
import { rangeText, settingAreaLabels, settingAreas, settingDefinitions, settingKeysOf, type SettingKey } from "@/lib/domain/settings";

type SettingsAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;
type FormState = ActionState & { values: Record<string, string> | null; submission: number };

const settingKeys = Object.keys(settingDefinitions) as SettingKey[];

function labelOf(key: SettingKey): string {
  const definition = settingDefinitions[key];
  return definition.kind === "number" ? `${definition.label} (${definition.unit})` : definition.label;
}

const fieldLabels: Record<string, string> = Object.fromEntries(settingKeys.map((key) => [key, labelOf(key)]));

function submittedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$")).map(([key, value]) => [key, String(value)]));
}

/** The stored settings a save would overwrite (all of them when none differs from what was typed), and their version. */
function overwritten(current: Record<string, string>, typed: Record<string, string>): Record<string, string> {
  const differing = settingKeys.filter((key) => key in current && current[key] !== typed[key]);
  const shown = differing.length > 0 ? differing : settingKeys.filter((key) => key in current);
  return { ...Object.fromEntries(shown.map((key) => [key, current[key]])), version: current.version };
}

/**
 * Every setting on one form, grouped by area, each with its unit, range and explanation. After a refusal the fields
 * keep what was typed; after a stale save the newest stored values are shown above them, with the version to save on.
 */
export function SettingsForm({ action, values, version }: { action: SettingsAction; values: Record<SettingKey, string>; version: number }) {
  const [state, formAction] = useActionState<FormState, FormData>(
    async (previous, formData) => {
      const result = await action({ ok: previous.ok, message: previous.message }, formData);
      return { ...result, values: result.ok ? null : submittedValues(formData), submission: previous.submission + 1 };
    },
    { ...idleState, values: null, submission: 0 },
  );
  const value = (key: SettingKey) => state.values?.[key] ?? values[key];
  const current = state.current ? overwritten(state.current, state.values ?? {}) : null;
  return (
    <form action={formAction} className="space-y-6" noValidate aria-label="Indstillinger">
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {current && <CurrentValues id="settings-current" current={current} labels={fieldLabels} />}
      <div key={`${state.submission}-${version}`} className="space-y-6">
        {!current && <input type="hidden" name="version" value={state.values?.version || String(version)} />}
        {settingAreas.map((area) => (
          <fieldset key={area} className="card space-y-4">
            <legend className="px-1 text-xl font-semibold">{settingAreaLabels[area]}</legend>
            <div className="grid gap-4 md:grid-cols-2">
              {settingKeysOf(area).map((key) => {
                const definition = settingDefinitions[key];
                return (
                  <TextField
                    key={key}
                    name={key}
                    label={labelOf(key)}
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
