"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";
import { departmentKindLabels } from "@/lib/domain/labels";
import { labelOptions } from "@/components/ui/label-options";

export type DepartmentValues = { name: string; shortName: string; kind: string; headUserId: number | null; responsibleDirectorId: number | null; version?: number };
export type PersonOption = { id: number; name: string };

const kindOptions = labelOptions(departmentKindLabels);
const personOptions = (people: PersonOption[]) => people.map((person) => ({ value: person.id, label: person.name }));

const currentLabels: Record<string, string> = {
  name: "Navn",
  shortName: "Forkortelse",
  kind: "Type",
  headUserId: "Afdelingschef",
  responsibleDirectorId: "Ansvarlig direktør",
  active: "Status",
};

/** Creates a department (no `values`) or edits one: name, short name, area or staff unit, head and responsible director. */
export function DepartmentForm({
  action,
  idPrefix,
  values,
  heads,
  directors,
  submitLabel,
}: {
  action: FormAction;
  idPrefix: string;
  values?: DepartmentValues;
  heads: PersonOption[];
  directors: PersonOption[];
  submitLabel: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <ActionForm action={action} className="space-y-3" resetOnSuccess={!values} ariaLabel={submitLabel}>
      {(state) => (
        <>
          <div className="grid gap-3 md:grid-cols-2">
            <TextField id={id("name")} name="name" label="Navn" hint="2–120 tegn." required maxLength={120} defaultValue={values?.name} state={state} />
            <TextField id={id("shortName")} name="shortName" label="Forkortelse" hint="Højst 12 tegn, fx SOS." required maxLength={12} defaultValue={values?.shortName} state={state} />
            <SelectField id={id("kind")} name="kind" label="Type" options={kindOptions} defaultValue={values?.kind ?? "area"} state={state} />
            <SelectField
              id={id("headUserId")}
              name="headUserId"
              label="Afdelingschef"
              hint="Afdelingschefen flyttes til denne afdeling."
              options={personOptions(heads)}
              placeholder="Ingen valgt"
              defaultValue={values?.headUserId ?? ""}
              state={state}
            />
            <SelectField
              id={id("responsibleDirectorId")}
              name="responsibleDirectorId"
              label="Ansvarlig direktør"
              options={personOptions(directors)}
              placeholder="Ingen valgt"
              defaultValue={values?.responsibleDirectorId ?? ""}
              state={state}
            />
          </div>
          <div aria-live="polite">
            <FormMessage state={state} />
          </div>
          {state.current && <CurrentValues id={id("current")} current={state.current} labels={currentLabels} />}
          {values?.version !== undefined && !state.current && <input type="hidden" name="version" value={values.version} />}
          <SubmitButton>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
