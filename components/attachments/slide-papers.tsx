import { paperHref, type PaperView } from "@/lib/queries/attachments";
import { PaperFacts, PaperLink } from "./paper-details";

/**
 * An agenda item's papers in meeting mode. A PDF opens in a viewer inside the slide: the browser's own PDF viewer in a
 * frame of this site (pages turned by touch or keys), with a link to open it full screen; other papers download.
 * Frames load lazily, so the slides not shown load nothing.
 */
export function SlidePapers({ itemId, papers }: { itemId: number; papers: PaperView[] }) {
  if (papers.length === 0) return null;
  const headingId = `slide-${itemId}-papers`;
  return (
    <section aria-labelledby={headingId} className="card space-y-3">
      <h3 id={headingId} className="text-xl font-semibold">
        Bilag
      </h3>
      <ul className="space-y-3">
        {papers.map((paper, index) => (
          <li key={paper.id}>
            {paper.isPdf ? (
              <details open={index === 0} className="space-y-2">
                <summary className="inline-flex min-h-11 min-w-11 cursor-pointer items-center text-lg font-semibold">{paper.fileName}</summary>
                <PaperFacts paper={paper} />
                <iframe
                  title={`Bilag: ${paper.fileName}`}
                  src={paperHref(paper)}
                  loading="lazy"
                  className="h-[70vh] w-full rounded-md border border-gray-300 bg-gray-100"
                />
                <div className="flex flex-wrap gap-3">
                  <a href={paperHref(paper)} data-paper-url={paperHref(paper)} target="_blank" rel="noopener" className="btn btn-secondary" aria-label={`Åbn i fuld skærm: ${paper.fileName}`}>
                    Åbn i fuld skærm
                  </a>
                  <a href={`/attachments/${paper.id}`} download={paper.fileName} className="btn btn-secondary" aria-label={`Hent: ${paper.fileName}`}>
                    Hent
                  </a>
                </div>
              </details>
            ) : (
              <div>
                <PaperLink paper={paper} />
                <PaperFacts paper={paper} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
