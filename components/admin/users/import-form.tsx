"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";
import { formatCount } from "@/lib/format";
import type { ImportPreview } from "@/lib/services/user-admin-import";
import { ImportPreviewTable } from "./import-preview-table";
import { OneTimeLink } from "./one-time-link";

export type PreviewState = ActionState & { preview?: ImportPreview };
export type CommitState = ActionState & { links?: { name: string; email: string; path: string; expiresAt: string }[] };

const maxBytes = 2 * 1024 * 1024;
const tooLarge = "Filen er større end 2 MB. Del den op i flere filer.";

/**
 * Upload → preview → confirm. The preview writes nothing; the confirmation sends the file's text and the preview's
 * fingerprint again, and the server validates it anew, refusing it when the plan is no longer the one shown.
 */
export function ImportForm({
  preview: previewAction,
  commit: commitAction,
}: {
  preview: (state: PreviewState, formData: FormData) => Promise<PreviewState>;
  commit: (state: CommitState, formData: FormData) => Promise<CommitState>;
}) {
  const [previewState, submitPreview] = useActionState<PreviewState, FormData>(previewAction, idleState);
  // Remembers which text was confirmed, so a saved preview cannot be confirmed twice.
  const [commitState, submitCommit] = useActionState<CommitState & { content?: string }, FormData>(
    async (previous, formData) => ({ ...(await commitAction(previous, formData)), content: String(formData.get("content") ?? "") }),
    idleState,
  );
  const [sizeError, setSizeError] = useState<string | null>(null);
  const preview = previewState.ok ? previewState.preview : undefined;
  const saved = Boolean(preview && commitState.ok && commitState.content === preview.content);
  const uploadState: ActionState = sizeError ? { ok: false, message: sizeError, fieldErrors: { file: [sizeError] } } : previewState;
  const fileError = uploadState.fieldErrors?.file;

  return (
    <div className="space-y-6">
      <form
        action={submitPreview}
        className="card space-y-4"
        noValidate
        aria-label="Vælg fil"
        onSubmit={(event) => {
          const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
          if (file && file.size > maxBytes) {
            event.preventDefault();
            setSizeError(tooLarge);
          } else setSizeError(null);
        }}
      >
        <div>
          <label htmlFor="import-file" className="mb-1 block font-semibold">
            CSV-fil
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
            className="field"
          />
          <p id="import-file-hint" className="mt-1 text-sm text-muted">
            Højst 2 MB, UTF-8 eller Windows-1252, adskilt med semikolon eller komma. Første linje er overskrifter: navn, e-mail, titel, rolle og
            afdeling (eller name, email, title, role, department). Rolle er direktør, afdelingschef, medarbejder eller administrator; en ny bruger
            uden rolle bliver medarbejder. Tomme felter ændrer ikke en eksisterende bruger.
          </p>
          {fileError && (
            <p id="import-file-error" className="mt-1 text-sm font-medium text-red-800">
              {fileError.join(" ")}
            </p>
          )}
        </div>
        <div className="flex min-h-11 items-center gap-3">
          <input id="import-create-missing" name="createMissing" type="checkbox" className="h-5 w-5" />
          <label htmlFor="import-create-missing">Opret manglende afdelinger</label>
        </div>
        <div aria-live="polite">{!uploadState.ok && <FormMessage state={uploadState} />}</div>
        <SubmitButton pendingText="Læser filen…">Vis forhåndsvisning</SubmitButton>
      </form>

      {preview && (
        <section aria-labelledby="import-preview-heading" className="space-y-4">
          <h2 id="import-preview-heading" className="text-xl font-semibold">
            {saved ? "Importerede rækker" : "Forhåndsvisning"}
          </h2>
          <p role="status">
            {formatCount(preview.counts.new, "ny", "nye")}, {formatCount(preview.counts.changed, "ændret", "ændrede")},{" "}
            {formatCount(preview.counts.unchanged, "uændret", "uændrede")} og {preview.counts.error} med fejl.
            {preview.newDepartments.length > 0 && ` Nye afdelinger: ${preview.newDepartments.join(", ")}.`} {saved ? "Rækkerne er gemt." : "Intet er gemt endnu."}
          </p>
          <ImportPreviewTable rows={preview.rows} />
          {saved ? null : preview.counts.error > 0 ? (
            <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
              Ret rækkerne med fejl i filen, og vælg den igen. Importen gemmes kun, når alle rækker er i orden.
            </p>
          ) : (
            <form action={submitCommit} className="space-y-3" noValidate aria-label="Bekræft import">
              <input type="hidden" name="content" value={preview.content} />
              <input type="hidden" name="fingerprint" value={preview.fingerprint} />
              {preview.createMissing && <input type="hidden" name="createMissing" value="on" />}
              <SubmitButton pendingText="Importerer…">Bekræft import</SubmitButton>
            </form>
          )}
        </section>
      )}

      <div aria-live="polite" className="space-y-4">
        <FormMessage state={commitState} />
        {commitState.ok && commitState.links && commitState.links.length > 0 && (
          <section aria-labelledby="import-links-heading" className="card space-y-4">
            <h2 id="import-links-heading" className="text-lg font-semibold">
              Engangslinks til de nye brugere
            </h2>
            <p className="text-sm">Giv hver bruger sit link. Linkene vises kun denne ene gang og gælder i 72 timer.</p>
            {commitState.links.map((link, index) => (
              <OneTimeLink key={link.email} id={`import-link-${index}`} path={link.path} expiresAt={link.expiresAt} label={`${link.name} (${link.email})`} />
            ))}
          </section>
        )}
      </div>
    </div>
  );
}
