"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import type { BenefitDirection } from "@/lib/codes";
import { isDirectionLocked } from "@/lib/domain/benefit-rules";
import { benefitDirectionLabels, benefitStatusLabels, benefitTypeLabels, measurementFrequencyLabels } from "@/lib/domain/labels";
import type { BenefitFormChoices } from "@/lib/queries/benefits";
import { labelOptions } from "@/components/ui/label-options";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
/** Danish decimal comma, so the parser never mistakes "1.234" for a thousands separator. */
const decimalText = (value: number | null | undefined) => (value == null ? "" : String(value).replace(".", ","));

export type BenefitValues = {
  title: string;
  type: string;
  ownerId: number | null;
  receivingDepartmentId: number | null;
  indicator: string;
  unit: string;
  method: string;
  direction: BenefitDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  annualValueKr: number | null;
  budgetTakeoutKr: number | null;
  budgetTakeoutYear: number | null;
  budgetTakeoutConfirmed: boolean;
  status: string;
  measurementFrequencyMonths: number;
  version?: number;
};

const frequencyOptions = labelOptions(measurementFrequencyLabels);

const currentBenefitLabels: Record<string, string> = {
  title: "Gevinst",
  type: "Type",
  status: "Status",
  ownerId: "Gevinstejer",
  receivingDepartmentId: "Modtagende afdeling",
  indicator: "Indikator",
  unit: "Enhed",
  method: "Målemetode og datakilde",
  direction: "Retning",
  measurementFrequencyMonths: "Målefrekvens",
  baselineValue: "Baseline",
  baselineDate: "Baselinedato",
  targetValue: "Mål",
  targetDate: "Måldato",
  annualValueKr: "Årlig værdi",
  budgetTakeoutKr: "Budgethjemtagning",
  budgetTakeoutYear: "Budgetår",
  budgetTakeoutConfirmed: "Hjemtagningen er bekræftet i budgettet",
};

export function BenefitForm({
  action,
  choices,
  values,
  baselineLocked,
  submitLabel,
  idPrefix,
}: {
  action: Action;
  choices: BenefitFormChoices;
  values?: BenefitValues;
  baselineLocked: boolean;
  submitLabel: string;
  idPrefix: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const lockedBaseline = baselineLocked && values?.baselineValue != null;
  const lockedTarget = baselineLocked && values?.targetValue != null;
  const lockedDirection = baselineLocked && values !== undefined && isDirectionLocked(values);
  return (
    <ActionForm action={action} className="grid gap-3 md:grid-cols-2" ariaLabel={submitLabel} resetOnSuccess={!values}>
      {(state) => (
        <>
          <div className="md:col-span-2">
            <FormMessage state={state} />
          </div>
          {state.current && (
            <div className="md:col-span-2">
              <CurrentValues id={id("current")} current={state.current} labels={currentBenefitLabels} />
            </div>
          )}
          {values?.version !== undefined && !state.current && <input type="hidden" name="version" value={values.version} />}
          <TextField id={id("title")} name="title" label="Gevinst" state={state} defaultValue={values?.title} className="md:col-span-2" />
          <SelectField id={id("type")} name="type" label="Type" state={state} defaultValue={values?.type} options={labelOptions(benefitTypeLabels)} placeholder="Vælg type" />
          <SelectField id={id("status")} name="status" label="Status" state={state} defaultValue={values?.status ?? "proposed"} options={labelOptions(benefitStatusLabels)} />
          <SelectField id={id("ownerId")} name="ownerId" label="Gevinstejer" state={state} defaultValue={values?.ownerId ?? ""} options={choices.people.map((p) => ({ value: p.id, label: p.name }))} placeholder="Ingen valgt" />
          <SelectField
            id={id("receivingDepartmentId")}
            name="receivingDepartmentId"
            label="Modtagende afdeling"
            state={state}
            defaultValue={values?.receivingDepartmentId ?? ""}
            options={choices.departments.map((d) => ({ value: d.id, label: d.name }))}
            placeholder="Ingen valgt"
          />
          <TextField id={id("indicator")} name="indicator" label="Indikator" hint="Fx Sagsbehandlingstid i dage" state={state} defaultValue={values?.indicator} />
          <TextField id={id("unit")} name="unit" label="Enhed" hint="Fx dage, timer pr. uge, antal" state={state} defaultValue={values?.unit} />
          <TextAreaField id={id("method")} name="method" label="Målemetode og datakilde" state={state} defaultValue={values?.method} rows={2} className="md:col-span-2" />
          <SelectField
            id={id("direction")}
            name={lockedDirection ? "lockedDirection" : "direction"}
            label="Retning"
            state={state}
            defaultValue={values?.direction ?? "up"}
            options={labelOptions(benefitDirectionLabels)}
            disabled={lockedDirection}
          />
          <SelectField id={id("frequency")} name="measurementFrequencyMonths" label="Målefrekvens" state={state} defaultValue={values?.measurementFrequencyMonths ?? 3} options={frequencyOptions} />
          <TextField id={id("baselineValue")} name={lockedBaseline ? "lockedBaselineValue" : "baselineValue"} label="Baseline" inputMode="decimal" state={state} defaultValue={decimalText(values?.baselineValue)} disabled={lockedBaseline} />
          <TextField id={id("baselineDate")} name={lockedBaseline ? "lockedBaselineDate" : "baselineDate"} label="Baselinedato" type="date" state={state} defaultValue={values?.baselineDate ?? ""} disabled={lockedBaseline} />
          <TextField id={id("targetValue")} name={lockedTarget ? "lockedTargetValue" : "targetValue"} label="Mål" inputMode="decimal" state={state} defaultValue={decimalText(values?.targetValue)} disabled={lockedTarget} />
          <TextField id={id("targetDate")} name={lockedTarget ? "lockedTargetDate" : "targetDate"} label="Måldato" type="date" state={state} defaultValue={values?.targetDate ?? ""} disabled={lockedTarget} />
          {(lockedBaseline || lockedTarget) && (
            <p className="text-sm text-muted md:col-span-2">Retning, baseline og mål er låst, fordi projektet har forladt analysefasen. Brug “Anmod om ny baseline”.</p>
          )}
          <TextField id={id("annualValueKr")} name="annualValueKr" label="Årlig værdi (kr.)" hint="Kræves for økonomiske gevinster" inputMode="numeric" state={state} defaultValue={values?.annualValueKr ?? ""} />
          <TextField id={id("budgetTakeoutKr")} name="budgetTakeoutKr" label="Budgethjemtagning (kr.)" inputMode="numeric" state={state} defaultValue={values?.budgetTakeoutKr ?? ""} />
          <TextField id={id("budgetTakeoutYear")} name="budgetTakeoutYear" label="Budgetår" inputMode="numeric" state={state} defaultValue={values?.budgetTakeoutYear ?? ""} />
          <label className="flex min-h-11 items-center gap-3 self-end">
            <input type="checkbox" name="budgetTakeoutConfirmed" defaultChecked={values?.budgetTakeoutConfirmed} className="h-5 w-5" />
            Hjemtagningen er bekræftet i budgettet
          </label>
          <div className="md:col-span-2">
            <SubmitButton>{submitLabel}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
