import { formatDateTime } from "@/lib/format";
import { formatBytes } from "@/lib/operations/format-bytes";
import { paperHref, type PaperView } from "@/lib/queries/attachments";

/** A paper's link (download; a PDF opens in the browser) and its facts: type, size, uploader, date, version. */
export function PaperLink({ paper }: { paper: PaperView }) {
  const href = paperHref(paper);
  return (
    <a href={href} data-paper-url={href} className="inline-flex min-h-11 min-w-11 items-center font-semibold underline" {...(paper.isPdf ? {} : { download: paper.fileName })}>
      {paper.fileName}
    </a>
  );
}

export function PaperFacts({ paper }: { paper: PaperView }) {
  return (
    <p className="text-sm text-muted">
      {paper.typeLabel} · {formatBytes(paper.size)} · {paper.uploaderName} · <time dateTime={paper.createdAt}>{formatDateTime(paper.createdAt)}</time>
      {paper.version > 1 && ` · version ${paper.version}`}
    </p>
  );
}

export function FrozenMark() {
  return <span className="badge border-gray-500 font-normal text-gray-800">Låst — dagsordenen er offentliggjort</span>;
}
