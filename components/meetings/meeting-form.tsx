"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CurrentValues } from "@/components/ui/current-values";
import { FieldMessages, FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

export type MeetingFormValues = { title: string; date: string; time: string; location: string; participantIds: number[]; version?: number };
export type ParticipantOption = { id: number; name: string; roleLabel: string };

const currentLabels: Record<string, string> = { title: "Titel", date: "Dato", time: "Tidspunkt", location: "Sted", participants: "Deltagere" };

/** Creates a meeting or edits one (with its version); participants are checkboxes, directors first. */
export function MeetingForm({
  action,
  values,
  people,
  submitLabel,
  idPrefix = "meeting",
  participantsLocked = false,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  values: MeetingFormValues;
  people: ParticipantOption[];
  submitLabel: string;
  idPrefix?: string;
  /** A held meeting keeps its participants: they are shown, and sent back unchanged. */
  participantsLocked?: boolean;
}) {
  const chosen = new Set(values.participantIds);
  return (
    <ActionForm action={action} className="space-y-4" ariaLabel={submitLabel}>
      {(state) => (
        <>
          <FormMessage state={state} />
          {state.current && <CurrentValues id={`${idPrefix}-current`} current={state.current} labels={currentLabels} />}
          {values.version !== undefined && !state.current && <input type="hidden" name="version" value={values.version} />}
          <div className="grid gap-4 md:grid-cols-2">
            <TextField id={`${idPrefix}-title`} name="title" label="Titel" state={state} defaultValue={values.title} required maxLength={160} className="md:col-span-2" />
            <TextField id={`${idPrefix}-date`} name="date" label="Dato" type="date" state={state} defaultValue={values.date} required />
            <TextField id={`${idPrefix}-time`} name="time" label="Tidspunkt" type="time" state={state} defaultValue={values.time} required />
            <TextField id={`${idPrefix}-location`} name="location" label="Sted" state={state} defaultValue={values.location} maxLength={160} className="md:col-span-2" />
          </div>
          {participantsLocked ? (
            <div>
              <p className="font-semibold">Deltagere</p>
              <p className="text-sm text-muted">Mødet er afholdt, så deltagerne ligger fast: det er dem, der godkender referatet.</p>
              {values.participantIds.map((id) => (
                <input key={id} type="hidden" name="participantIds" value={id} />
              ))}
              <FieldMessages name="participantIds" state={state} />
            </div>
          ) : (
            <fieldset aria-describedby={state.fieldErrors?.participantIds ? "participantIds-error" : undefined}>
              <legend className="mb-1 font-semibold">Deltagere</legend>
              <p className="mb-2 text-sm text-muted">Alle aktive direktører er valgt på forhånd. Referatet låses, når alle deltagende direktører har godkendt det.</p>
              <ul className="grid gap-x-4 sm:grid-cols-2">
                {people.map((person) => (
                  <li key={person.id}>
                    <label className="flex min-h-11 items-center gap-3">
                      <input type="checkbox" name="participantIds" value={person.id} defaultChecked={chosen.has(person.id)} className="h-5 w-5" />
                      <span>
                        {person.name} <span className="text-sm text-muted">({person.roleLabel})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              <FieldMessages name="participantIds" state={state} />
            </fieldset>
          )}
          <SubmitButton>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
