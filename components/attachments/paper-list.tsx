import { ActionButton } from "@/components/ui/action-button";
import Link from "@/components/ui/link";
import { currentPapers, type PaperView } from "@/lib/queries/attachments";
import { FrozenMark, PaperFacts, PaperLink } from "./paper-details";
import type { PaperActions, PaperUpload } from "./paper-actions";
import { PaperChanges } from "./paper-changes";
import { PaperUploadForm } from "./upload-form";

/**
 * What "Slet" says before it acts, as deletePaper does it: the paper leaves every list and link, while the row and the
 * stored bytes stay behind for the audit log; a deleted newer version brings the one it replaced back.
 */
function deleteConsequence(paper: PaperView): string {
  const previous = paper.version > 1 ? " Den forrige version bliver igen den gældende." : "";
  return `Bilaget fjernes fra listerne, og ingen kan længere åbne eller hente det. Det kan ikke fortrydes. Filen bevares dog i Styrerums lager, og sletningen står i revisionsloggen.${previous}`;
}

/**
 * The "Bilag" of an agenda item or a project: the current version of each paper, with "Erstat" and "Slet" for those who
 * may change them (a frozen paper cannot be deleted; "Slet" asks once more), and the upload form. Replaced versions are
 * shown in the minutes.
 * Where many lists share a page (an agenda's items), `manageHref` links to a page that manages the papers instead.
 */
export function PaperList({
  papers,
  idPrefix,
  context,
  headingLevel = 3,
  edit,
  manageHref,
}: {
  papers: PaperView[];
  /** Unique on the page, e.g. "item-12". */
  idPrefix: string;
  /** What the papers belong to (the item's or project's title), for accessible names. */
  context: string;
  headingLevel?: 2 | 3 | 4;
  /** Present for those who may upload, replace and delete. */
  edit?: { upload: PaperUpload; actions: PaperActions; maxSizeMb: number };
  /** For those who may change the papers, where they do it, when not here. */
  manageHref?: string;
}) {
  const shown = currentPapers(papers);
  const Heading = `h${headingLevel}` as const;
  const headingId = `${idPrefix}-papers`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <Heading id={headingId} className={headingLevel === 2 ? "text-xl font-semibold" : "font-semibold"}>
        Bilag
      </Heading>
      {shown.length === 0 ? (
        <p className="text-sm text-muted">Ingen bilag.</p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {shown.map((paper) => (
            <li key={paper.id} className="space-y-1 py-2">
              <div className="flex flex-wrap items-center gap-2">
                <PaperLink paper={paper} />
                {paper.frozen && <FrozenMark />}
              </div>
              <PaperFacts paper={paper} />
              {edit && (
                <div className="flex flex-wrap items-start gap-2">
                  <details className="min-w-0">
                    <summary className="inline-flex min-h-11 min-w-11 cursor-pointer items-center font-semibold text-brand-800 underline" aria-label={`Erstat: ${paper.fileName}`}>
                      Erstat
                    </summary>
                    <div className="mt-2">
                      <PaperUploadForm
                        action={edit.actions.replace.bind(null, paper.id)}
                        idPrefix={`${idPrefix}-replace-${paper.id}`}
                        label="Ny version"
                        submitLabel="Erstat bilaget"
                        context={paper.fileName}
                        maxSizeMb={edit.maxSizeMb}
                        version={paper.version}
                      />
                    </div>
                  </details>
                  {!paper.frozen && (
                    <ActionButton
                      action={edit.actions.remove.bind(null, paper.id)}
                      label="Slet"
                      context={paper.fileName}
                      pendingLabel="Sletter …"
                      confirm={deleteConsequence(paper)}
                    />
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {manageHref && (
        <Link href={manageHref} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline" aria-label={`Vedhæft, erstat eller slet bilag: ${context}`}>
          Vedhæft, erstat eller slet bilag
        </Link>
      )}
      {edit && (
        <PaperChanges papers={papers.map(({ id, fileName }) => ({ id, fileName }))}>
          <PaperUploadForm action={edit.upload} idPrefix={`${idPrefix}-upload`} label="Vedhæft et bilag" context={context} maxSizeMb={edit.maxSizeMb} />
        </PaperChanges>
      )}
    </section>
  );
}
