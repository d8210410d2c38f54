"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { riskCategoryLabels } from "@/lib/domain/labels";
import { labelOptions } from "@/components/ui/label-options";
import { SearchPicker, type PickerChoice } from "@/components/ui/search-picker";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
const scaleOptions = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));

const currentRiskLabels: Record<string, string> = {
  title: "Risiko",
  description: "Beskrivelse",
  category: "Kategori",
  ownerId: "Risikoejer",
  probability: "Sandsynlighed",
  consequence: "Konsekvens",
  action: "Tiltag",
  residualProbability: "Rest-sandsynlighed",
  residualConsequence: "Rest-konsekvens",
  status: "Status",
};

export type RiskValues = {
  title: string;
  description: string;
  category: string;
  probability: number;
  consequence: number;
  action: string;
  ownerId: number | null;
  residualProbability: number | null;
  residualConsequence: number | null;
  status: string;
  version?: number;
};

export function RiskForm({
  action,
  owner = null,
  values,
  submitLabel,
  idPrefix,
}: {
  action: Action;
  /** The risk's current owner, the owner picker's starting value. */
  owner?: PickerChoice | null;
  values?: RiskValues;
  submitLabel: string;
  idPrefix: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <ActionForm action={action} className="grid gap-3 md:grid-cols-2" ariaLabel={submitLabel} resetOnSuccess={!values}>
      {(state) => (
        <>
          <div className="md:col-span-2">
            <FormMessage state={state} />
          </div>
          {state.current && (
            <div className="md:col-span-2">
              <CurrentValues id={id("current")} current={state.current} labels={currentRiskLabels} />
            </div>
          )}
          {values?.version !== undefined && !state.current && <input type="hidden" name="version" value={values.version} />}
          <TextField id={id("title")} name="title" label="Risiko" state={state} defaultValue={values?.title} className="md:col-span-2" />
          <TextAreaField id={id("description")} name="description" label="Beskrivelse" state={state} defaultValue={values?.description} rows={2} className="md:col-span-2" />
          <SelectField id={id("category")} name="category" label="Kategori" state={state} defaultValue={values?.category} options={labelOptions(riskCategoryLabels)} placeholder="Vælg kategori" />
          <SearchPicker id={id("ownerId")} name="ownerId" label="Risikoejer" source="/api/pickers/people" state={state} initial={owner} placeholder="Ingen valgt" />
          <SelectField id={id("probability")} name="probability" label="Sandsynlighed (1–5)" state={state} defaultValue={values?.probability ?? 3} options={scaleOptions} />
          <SelectField id={id("consequence")} name="consequence" label="Konsekvens (1–5)" state={state} defaultValue={values?.consequence ?? 3} options={scaleOptions} />
          <TextAreaField id={id("action")} name="action" label="Tiltag" state={state} defaultValue={values?.action} rows={2} className="md:col-span-2" />
          <SelectField id={id("residualProbability")} name="residualProbability" label="Rest-sandsynlighed efter tiltag" state={state} defaultValue={values?.residualProbability ?? ""} options={scaleOptions} placeholder="Ikke vurderet" />
          <SelectField id={id("residualConsequence")} name="residualConsequence" label="Rest-konsekvens efter tiltag" state={state} defaultValue={values?.residualConsequence ?? ""} options={scaleOptions} placeholder="Ikke vurderet" />
          <SelectField id={id("status")} name="status" label="Status" state={state} defaultValue={values?.status ?? "open"} options={[{ value: "open", label: "Åben" }, { value: "closed", label: "Lukket" }]} />
          <div className="flex items-end">
            <SubmitButton>{submitLabel}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function NoSignificantRisksForm({ action, checked, version }: { action: Action; checked: boolean; version: number }) {
  return (
    <ActionForm action={action} className="flex flex-wrap items-center gap-3" ariaLabel="Ingen væsentlige risici">
      {(state) => (
        <>
          {!state.current && <input type="hidden" name="version" value={version} />}
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="noSignificantRisks" defaultChecked={checked} className="h-5 w-5" />
            Ingen væsentlige risici
          </label>
          <SubmitButton className="btn btn-secondary">Gem</SubmitButton>
          <FormMessage state={state} />
          {state.current && (
            <div className="w-full">
              <CurrentValues id="no-significant-risks-current" current={state.current} labels={{ noSignificantRisks: "Ingen væsentlige risici" }} />
            </div>
          )}
        </>
      )}
    </ActionForm>
  );
}
