"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { SearchPicker } from "@/components/ui/search-picker";
import type { ActionState } from "@/lib/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Adds an active person who is not yet a member of the zone. */
export function AddMemberForm({ action, zoneId }: { action: Action; zoneId: number }) {
  return (
    <ActionForm action={action} className="space-y-3" ariaLabel="Tilføj medlem" resetOnSuccess>
      {(state) => (
        <>
          <FormMessage state={state} />
          <SearchPicker name="userId" id="member-userId" label="Medlem" source={`/api/pickers/people?zone=${zoneId}`} state={state} />
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="isMedRepresentative" className="h-5 w-5" />
            MED-repræsentant
          </label>
          <SubmitButton>Tilføj medlem</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Toggle MED representative and remove: two small forms per member. */
export function MemberActions({
  name,
  userId,
  isMedRepresentative,
  medAction,
  removeAction,
}: {
  name: string;
  userId: number;
  isMedRepresentative: boolean;
  medAction: Action;
  removeAction: Action;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <ActionForm action={medAction} ariaLabel={`MED-repræsentant: ${name}`}>
        {(state) => (
          <>
            <input type="hidden" name="userId" value={userId} />
            {!isMedRepresentative && <input type="hidden" name="isMedRepresentative" value="on" />}
            <SubmitButton className="btn btn-secondary">
              {isMedRepresentative ? "Ikke MED-repræsentant" : "Gør til MED-repræsentant"}
              <span className="sr-only">: {name}</span>
            </SubmitButton>
            {!state.ok && state.message && (
              <p role="alert" className="mt-1 text-sm text-red-800">
                {state.message}
              </p>
            )}
          </>
        )}
      </ActionForm>
      <ActionForm action={removeAction} ariaLabel={`Fjern ${name}`}>
        {(state) => (
          <>
            <input type="hidden" name="userId" value={userId} />
            <SubmitButton className="btn btn-secondary" pendingText="Fjerner…">
              Fjern<span className="sr-only"> {name} fra rummet</span>
            </SubmitButton>
            {!state.ok && state.message && (
              <p role="alert" className="mt-1 text-sm text-red-800">
                {state.message}
              </p>
            )}
          </>
        )}
      </ActionForm>
    </div>
  );
}
