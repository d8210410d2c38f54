"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FieldMessages, FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { focusLabels, priorityLabels, projectFieldLabels as label } from "@/lib/domain/project-labels";
import { purposeLabels } from "@/lib/domain/purpose-labels";
import { formatDate, formatKr } from "@/lib/format";
import type { ProjectFormOptions } from "@/lib/queries/project-tabs";
import { ControlledField } from "./controlled-field";
import { labelOptions } from "@/components/ui/label-options";
import { SearchPicker } from "@/components/ui/search-picker";

/**
 * How the user meets the board-controlled fields (approved budget, baseline dates, department, owner): editable,
 * editable with a correction reason (admins), read-only with a link to file a change request, or read-only for
 * everyone once the project is closed or stopped.
 */
export type ControlledMode = { kind: "direct" } | { kind: "correction" } | { kind: "request"; requestHref: string } | { kind: "ended" };

export type ProjectFormValues = {
  title: string;
  summary: string;
  purpose: string;
  departmentId: number | null;
  zoneId: number | null;
  ownerId: number | null;
  leadId: number | null;
  priority: string;
  baselineStart: string | null;
  baselineEnd: string | null;
  forecastEnd: string | null;
  approvedBudgetKr: number;
  spentKr: number;
  goalIds: number[];
  tags: string[];
  closingLearning: string | null;
  version?: number;
};


const currentLabels: Record<string, string> = {
  ...label,
  departmentId: label.department,
  zoneId: label.zone,
  ownerId: label.owner,
  leadId: label.lead,
  goalIds: label.goals,
  closingLearning: "Afsluttende erfaringsnotat",
};

export function ProjectForm({
  action,
  values,
  choices,
  submitLabel,
  departmentIds,
  controlled = { kind: "direct" },
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  values: ProjectFormValues;
  choices: ProjectFormOptions;
  submitLabel: string;
  /** The departments this user may place the project in. */
  departmentIds: number[];
  controlled?: ControlledMode;
}) {
  const readOnly = controlled.kind === "request" || controlled.kind === "ended";
  const nameOf = <T extends { id: number; name: string }>(list: T[], id: number | null) => list.find((item) => item.id === id)?.name ?? "–";
  const person = (id: number | null) => choices.people.find((choice) => choice.id === id) ?? null;
  return (
    <ActionForm action={action} className="space-y-6" ariaLabel="Projekt">
      {(state) => (
        <>
          <FormMessage state={state} />
          {state.current && <CurrentValues id="project-current" current={state.current} labels={currentLabels} />}
          {values.version !== undefined && !state.current && <input type="hidden" name="version" value={values.version} />}

          <fieldset className="card grid gap-4 md:grid-cols-2">
            <legend className="px-1 text-lg font-semibold">Projektet</legend>
            <TextField name="title" label={label.title} state={state} defaultValue={values.title} required className="md:col-span-2" />
            <TextAreaField name="summary" label={label.summary} state={state} defaultValue={values.summary} className="md:col-span-2" />
            <SelectField name="purpose" label={label.purpose} state={state} defaultValue={values.purpose} options={labelOptions(purposeLabels)} placeholder="Vælg formål" />
            <SelectField name="priority" label={label.priority} state={state} defaultValue={values.priority} options={labelOptions(priorityLabels)} />
            {readOnly ? (
              <ControlledField name="departmentId" label={label.department} text={nameOf(choices.departments, values.departmentId)} state={state} />
            ) : (
              <SelectField
                name="departmentId"
                label={label.department}
                state={state}
                defaultValue={values.departmentId ?? ""}
                options={choices.departments.filter((d) => departmentIds.includes(d.id)).map((d) => ({ value: d.id, label: d.name }))}
                placeholder="Vælg afdeling"
              />
            )}
            <SelectField
              name="zoneId"
              label={label.zone}
              state={state}
              defaultValue={values.zoneId ?? ""}
              options={choices.zones.map((z) => ({ value: z.id, label: z.name }))}
              placeholder="Intet udviklingsrum"
            />
            {readOnly ? (
              <ControlledField name="ownerId" label={label.owner} text={person(values.ownerId)?.label ?? "–"} state={state} />
            ) : (
              <SearchPicker name="ownerId" label={label.owner} source="/api/pickers/people" state={state} initial={person(values.ownerId)} required />
            )}
            <SearchPicker name="leadId" label={label.lead} source="/api/pickers/people" state={state} initial={person(values.leadId)} required />
          </fieldset>

          <fieldset className="card grid gap-4 md:grid-cols-3">
            <legend className="px-1 text-lg font-semibold">Tid og økonomi</legend>
            {readOnly ? (
              <>
                <ControlledField name="baselineStart" label={label.baselineStart} text={values.baselineStart ? formatDate(values.baselineStart) : "–"} state={state} />
                <ControlledField name="baselineEnd" label={label.baselineEnd} text={values.baselineEnd ? formatDate(values.baselineEnd) : "–"} state={state} />
              </>
            ) : (
              <>
                <TextField name="baselineStart" type="date" label={label.baselineStart} state={state} defaultValue={values.baselineStart ?? ""} />
                <TextField name="baselineEnd" type="date" label={label.baselineEnd} state={state} defaultValue={values.baselineEnd ?? ""} />
              </>
            )}
            <TextField name="forecastEnd" type="date" label={label.forecastEnd} state={state} defaultValue={values.forecastEnd ?? ""} />
            {readOnly ? (
              <ControlledField name="approvedBudgetKr" label={`${label.approvedBudgetKr} (kr.)`} text={formatKr(values.approvedBudgetKr)} state={state} />
            ) : (
              <TextField name="approvedBudgetKr" inputMode="numeric" label={`${label.approvedBudgetKr} (kr.)`} state={state} defaultValue={values.approvedBudgetKr} />
            )}
            <TextField name="spentKr" inputMode="numeric" label={`${label.spentKr} (kr.)`} state={state} defaultValue={values.spentKr} />
          </fieldset>

          {controlled.kind === "request" && (
            <p className="text-sm">
              Godkendt budget, baseline-datoer, afdeling og projektejer besluttes af direktionen.{" "}
              <a href={controlled.requestHref} className="inline-flex min-h-11 items-center font-semibold underline">
                Anmod om ændring
              </a>
            </p>
          )}
          {controlled.kind === "ended" && <p className="text-sm">Projektet er afsluttet eller stoppet, så godkendt budget, baseline-datoer, afdeling og projektejer kan ikke længere ændres.</p>}
          {controlled.kind === "correction" && (
            <TextAreaField
              name="correctionReason"
              label="Begrundelse for rettelse af direktionens tal"
              hint="Skal udfyldes, når du som administrator retter godkendt budget, baseline-datoer, afdeling eller projektejer. Rettelsen logges."
              state={state}
              rows={2}
              className="card"
            />
          )}

          <fieldset className="card">
            <legend className="px-1 text-lg font-semibold">{label.goals}</legend>
            <div className="grid gap-1 md:grid-cols-2">
              {choices.goals.map((goal) => (
                <label key={goal.id} className="flex min-h-11 items-center gap-3 rounded px-1 hover:bg-gray-50">
                  <input type="checkbox" name="goalIds" value={goal.id} defaultChecked={values.goalIds.includes(goal.id)} className="h-5 w-5" />
                  <span>
                    {goal.title} <span className="text-sm text-muted">({focusLabels[goal.focus]})</span>
                  </span>
                </label>
              ))}
            </div>
            <FieldMessages name="goalIds" state={state} />
          </fieldset>

          <fieldset className="card grid gap-4">
            <legend className="px-1 text-lg font-semibold">Teknologi og læring</legend>
            <TextField name="tags" label={label.tags} hint="Adskil med komma, fx Sensorer, Velfærdsteknologi" state={state} defaultValue={values.tags.join(", ")} />
            <TextAreaField
              name="closingLearning"
              label="Afsluttende erfaringsnotat"
              hint="Hvad lærte I? Kræves for at afslutte projektet og deles i Erfaringsbanken."
              state={state}
              defaultValue={values.closingLearning ?? ""}
            />
          </fieldset>

          <div className="flex flex-wrap gap-3">
            <SubmitButton>{submitLabel}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
