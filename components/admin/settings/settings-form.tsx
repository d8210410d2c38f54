"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { describedBy, FieldMessages, FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState, FormAction } from "@/lib/action-state";
import { roles } from "@/lib/codes";
import { roleLabels } from "@/lib/domain/role-labels";
import {
  checkboxFieldsMarker,
  checkboxSettingKeys,
  rangeText,
  settingAreaLabels,
  settingAreas,
  settingChoiceText,
  settingDefinitions,
  settingKeysOf,
  settingLabel,
  type SettingKey,
} from "@/lib/domain/settings";

const settingKeys = Object.keys(settingDefinitions) as SettingKey[];
const fieldLabels: Record<string, string> = Object.fromEntries(settingKeys.map((key) => [key, settingLabel(key)]));

/** The newest stored values as the notice lists them: on/off and roles in words. */
function readable(current: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(current).map(([key, value]) => [key, key === "version" ? value : (settingChoiceText(key, value) ?? value)]));
}

/** One check box for an on/off setting; checked posts "1", unchecked posts nothing (read as off by the marker). */
function SwitchField({ name, value, state }: { name: SettingKey; value: string; state: ActionState }) {
  const hint = settingDefinitions[name].explanation;
  const hasError = Boolean(state.fieldErrors?.[name]);
  return (
    <div>
      <label htmlFor={name} className="flex min-h-11 items-center gap-3 font-semibold">
        <input
          id={name}
          name={name}
          type="checkbox"
          value="1"
          defaultChecked={value === "1"}
          className="h-5 w-5 shrink-0"
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy(name, hasError, hint)}
        />
        {settingLabel(name)}
      </label>
      <FieldMessages name={name} state={state} hint={hint} />
    </div>
  );
}

/** One check box per role; the chosen roles post their codes. */
function RolesField({ name, value, state }: { name: SettingKey; value: string; state: ActionState }) {
  const hint = settingDefinitions[name].explanation;
  const hasError = Boolean(state.fieldErrors?.[name]);
  const chosen = value.split(",");
  return (
    <fieldset className="md:col-span-2" aria-describedby={describedBy(name, hasError, hint)}>
      <legend className="mb-1 font-semibold">{settingLabel(name)}</legend>
      <div className="flex flex-wrap gap-x-6">
        {roles.map((role) => (
          <label key={role} htmlFor={`${name}-${role}`} className="flex min-h-11 items-center gap-3">
            <input
              id={`${name}-${role}`}
              name={name}
              type="checkbox"
              value={role}
              defaultChecked={chosen.includes(role)}
              className="h-5 w-5 shrink-0"
              aria-invalid={hasError || undefined}
            />
            {roleLabels[role]}
          </label>
        ))}
      </div>
      <FieldMessages name={name} state={state} hint={hint} />
    </fieldset>
  );
}

function SettingField({ name, value, state }: { name: SettingKey; value: string; state: ActionState }) {
  const definition = settingDefinitions[name];
  if (definition.kind === "switch") return <SwitchField name={name} value={value} state={state} />;
  if (definition.kind === "roles") return <RolesField name={name} value={value} state={state} />;
  return (
    <TextField
      name={name}
      label={settingLabel(name)}
      hint={`${definition.explanation} Tilladt: ${rangeText(definition)}.`}
      inputMode={definition.kind === "number" ? "numeric" : undefined}
      defaultValue={value}
      required={definition.kind === "number" || definition.minLength > 0}
      state={state}
    />
  );
}

/**
 * Every setting on one form, grouped by area: numbers and texts with their unit, range and explanation, on/off
 * settings and the roles that must use two-factor as check boxes. The form posts to the server action itself, so it
 * works without JavaScript; a hidden marker names the check-box settings, since an unchecked box posts nothing.
 * After a refusal the fields keep what was typed; after a stale save the newest stored values it would overwrite
 * are shown, with the version to save on. A successful save shows the stored values (the fields are keyed on the
 * version).
 */
export function SettingsForm({ action, values, version }: { action: FormAction; values: Record<SettingKey, string>; version: number }) {
  return (
    <ActionForm action={action} className="space-y-6" ariaLabel="Indstillinger">
      {(state) => (
        <>
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          {state.current && <CurrentValues id="settings-current" current={readable(state.current)} labels={fieldLabels} />}
          {!state.current && <input type="hidden" name="version" value={String(version)} />}
          {checkboxSettingKeys.map((key) => (
            <input key={key} type="hidden" name={checkboxFieldsMarker} value={key} />
          ))}
          <div key={version} className="space-y-6">
            {settingAreas.map((area) => (
              <fieldset key={area} className="card space-y-4">
                <legend className="px-1 text-xl font-semibold">{settingAreaLabels[area]}</legend>
                <div className="grid gap-4 md:grid-cols-2">
                  {settingKeysOf(area).map((key) => (
                    <SettingField key={key} name={key} value={values[key]} state={state} />
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
          <SubmitButton>Gem indstillinger</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
