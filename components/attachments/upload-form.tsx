"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { paperSizeProblem } from "@/lib/domain/paper-size";

/** The server's own size rule and words, said before a file that breaks it is sent at all. */
function sizeMessage(file: File | undefined, maxSizeMb: number): string {
  return file ? (paperSizeProblem(file.size, maxSizeMb) ?? "") : "";
}

/**
 * Uploads one board paper. Works without JavaScript (the form posts as multipart); the type is checked on the server
 * from the file's content, so `accept` only helps the file picker.
 */
export function PaperUploadForm({
  action,
  idPrefix,
  label,
  maxSizeMb,
  context,
  version,
  submitLabel = "Vedhæft bilag",
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Unique on the page: several items each have their own form. */
  idPrefix: string;
  label: string;
  maxSizeMb: number;
  /** What the paper belongs to, for the button's accessible name. */
  context: string;
  /** Replacing: the version of the paper being replaced. */
  version?: number;
  submitLabel?: string;
}) {
  const inputId = `${idPrefix}-file`;
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return (
    <ActionForm action={action} className="space-y-2" ariaLabel={`${label}: ${context}`} resetOnSuccess>
      {(state) => {
        const errors = state.fieldErrors?.file;
        return (
          <>
            {version !== undefined && <input type="hidden" name="version" value={version} />}
            <label htmlFor={inputId} className="block font-semibold">
              {label}
            </label>
            <input
              id={inputId}
              name="file"
              type="file"
              required
              accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.gif,.webp"
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? `${hintId} ${errorId}` : hintId}
              className="field min-h-11"
              onChange={(event) => event.currentTarget.setCustomValidity(sizeMessage(event.currentTarget.files?.[0], maxSizeMb))}
            />
            <p id={hintId} className="text-sm text-muted">
              PDF, Word, Excel, PowerPoint eller billede, højst {maxSizeMb} MB.
            </p>
            {errors && (
              <p id={errorId} className="text-sm font-medium text-red-800">
                {errors.join(" ")}
              </p>
            )}
            {!errors && <FormMessage state={state} />}
            <SubmitButton pendingText="Sender …" className="btn btn-secondary">
              <span className="sr-only">{`${submitLabel}: ${context}`}</span>
              <span aria-hidden="true">{submitLabel}</span>
            </SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
