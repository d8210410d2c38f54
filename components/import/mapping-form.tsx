"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

type Option = { value: string; label: string };

export type MappingSection = {
  kind: "projects" | "benefits";
  title: string;
  headers: string[];
  fields: { field: string; label: string; header: string }[];
};

export type UnmatchedChoice = { key: string; kind: "department" | "person"; text: string; rows: number[]; chosen: string };

/** Step 2: which sheet, which column feeds which field, and what to do with each unmatched department or person. */
export function MappingForm({
  action,
  sheets,
  projectSheet,
  benefitSheet,
  sections,
  unmatched,
  departments,
  people,
  canCreateDepartments,
  savedMappings,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  sheets: string[];
  projectSheet: string;
  benefitSheet: string;
  sections: MappingSection[];
  unmatched: UnmatchedChoice[];
  departments: Option[];
  people: Option[];
  canCreateDepartments: boolean;
  savedMappings: Option[];
}) {
  const sheetOptions = sheets.map((name) => ({ value: name, label: name }));
  return (
    <ActionForm action={action} className="space-y-8" ariaLabel="Kolonner og værdier">
      {(state) => (
        <>
          <FormMessage state={state} />
          <fieldset className="card grid gap-4 sm:grid-cols-2">
            <legend className="px-1 text-lg font-semibold">Ark</legend>
            <SelectField name="projectSheet" label="Ark med projekter" options={sheetOptions} placeholder="Ingen" defaultValue={projectSheet} state={state} />
            <SelectField name="benefitSheet" label="Ark med gevinster" options={sheetOptions} placeholder="Ingen" defaultValue={benefitSheet} state={state} />
            {savedMappings.length > 0 && (
              <SelectField
                name="savedMappingId"
                label="Brug en gemt tilknytning"
                options={savedMappings}
                placeholder="Nej, brug valgene nedenfor"
                state={state}
                hint="Kolonner med samme overskrift som i den gemte tilknytning vælges."
              />
            )}
          </fieldset>
          {sections.map((section) => (
            <fieldset key={section.kind} className="card">
              <legend className="px-1 text-lg font-semibold">{section.title}</legend>
              <p className="mb-4 text-muted">Vælg for hvert felt den kolonne i arket, der udfylder det. Felter uden kolonne ændres ikke.</p>
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {section.fields.map((field) => (
                  <SelectField
                    key={field.field}
                    id={`map-${section.kind}-${field.field}`}
                    name={`map.${section.kind}.${field.field}`}
                    label={field.label}
                    options={section.headers.map((header) => ({ value: header, label: header }))}
                    placeholder="(ingen kolonne)"
                    defaultValue={field.header}
                    state={state}
                  />
                ))}
              </div>
            </fieldset>
          ))}
          {unmatched.length > 0 && (
            <fieldset className="card">
              <legend className="px-1 text-lg font-semibold">Værdier, der ikke findes i Styrerum</legend>
              <p className="mb-4 text-muted">Vælg en eksisterende afdeling eller person, eller spring rækkerne over. Brugere oprettes aldrig af en import.</p>
              <div className="grid gap-4 sm:grid-cols-2">
                {unmatched.map((value) => {
                  const options =
                    value.kind === "department"
                      ? [...(canCreateDepartments ? [{ value: "create", label: `Opret afdelingen "${value.text}"` }] : []), { value: "skip", label: "Spring rækkerne over" }, ...departments]
                      : [{ value: "skip", label: "Spring rækkerne over" }, ...people];
                  return (
                    <SelectField
                      key={value.key}
                      id={`value-${value.key}`}
                      name={`value.${value.key}`}
                      label={`${value.kind === "department" ? "Afdeling" : "Person"} "${value.text}" (række ${value.rows.join(", ")})`}
                      options={options}
                      placeholder="Vælg …"
                      defaultValue={value.chosen}
                      state={state}
                    />
                  );
                })}
              </div>
            </fieldset>
          )}
          <fieldset className="card">
            <legend className="px-1 text-lg font-semibold">Gem tilknytningen</legend>
            <TextField name="mappingName" label="Navn (valgfrit)" hint="Gem kolonnevalgene under et navn, så de kan bruges til næste måneds ark." maxLength={80} state={state} />
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingText="Beregner …">Vis forhåndsvisning</SubmitButton>
            <button type="submit" name="next" value="mapping" className="btn btn-secondary">
              Gem og bliv her
            </button>
          </div>
        </>
      )}
    </ActionForm>
  );
}
