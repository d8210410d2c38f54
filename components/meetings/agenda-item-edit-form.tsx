"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

type Values = { id: number; title: string; summary: string; proposedDecision: string; version: number };

const currentLabels: Record<string, string> = { title: "Titel", summary: "Beskrivelse", proposedDecision: "Indstilling" };

function Field({ id, label, error, children }: { id: string; label: string; error?: string[]; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error.join(" ")}
        </p>
      )}
    </div>
  );
}

/** Title, description and proposed decision of one agenda item; ids are per item, as many forms share a page. */
export function AgendaItemEditForm({ action, values }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; values: Values }) {
  const id = (field: string) => `item-${values.id}-${field}`;
  return (
    <ActionForm action={action} className="mt-3 space-y-3" ariaLabel={`Redigér ${values.title}`}>
      {(state) => {
        const errors = state.fieldErrors ?? {};
        const describe = (field: string) => (errors[field] ? `${id(field)}-error` : undefined);
        return (
          <>
            <FormMessage state={state} />
            {state.current ? <CurrentValues id={id("current")} current={state.current} labels={currentLabels} /> : <input type="hidden" name="version" value={values.version} />}
            <Field id={id("title")} label="Titel" error={errors.title}>
              <input id={id("title")} name="title" className="field" defaultValue={values.title} required maxLength={200} aria-invalid={Boolean(errors.title) || undefined} aria-describedby={describe("title")} />
            </Field>
            <Field id={id("summary")} label="Beskrivelse" error={errors.summary}>
              <textarea id={id("summary")} name="summary" rows={3} className="field" defaultValue={values.summary} maxLength={4000} aria-describedby={describe("summary")} />
            </Field>
            <Field id={id("proposed")} label="Indstilling" error={errors.proposedDecision}>
              <textarea
                id={id("proposed")}
                name="proposedDecision"
                rows={3}
                className="field"
                defaultValue={values.proposedDecision}
                maxLength={2000}
                aria-describedby={errors.proposedDecision ? `${id("proposed")}-error` : undefined}
              />
            </Field>
            <SubmitButton>Gem punktet</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
