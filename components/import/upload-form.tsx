"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FieldMessages, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

/** Step 1: choose the spreadsheet. Nothing is written to the portfolio before the preview is approved. */
export function UploadForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <ActionForm action={action} className="card space-y-4" ariaLabel="Indlæs regneark">
      {(state) => (
        <>
          <FormMessage state={state} />
          <div>
            <label htmlFor="file" className="mb-1 block font-semibold">
              Regneark (.xlsx eller .csv)
            </label>
            <input
              id="file"
              name="file"
              type="file"
              required
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              aria-invalid={Boolean(state.fieldErrors?.file) || undefined}
              aria-describedby={`file-hint${state.fieldErrors?.file ? " file-error" : ""}`}
              className="field"
            />
            <FieldMessages name="file" state={state} hint="Højst 10 MB og 5.000 rækker. Formler beregnes ikke; gemte resultater bruges." />
          </div>
          <SubmitButton pendingText="Læser filen …">Indlæs</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
