"use client";

import { Fragment, useEffect, useRef, useState } from "react";

type PaperRef = { id: number; fileName: string };

function deletedMessage(fileNames: string[]): string {
  const names = fileNames.map((name) => `“${name}”`).join(", ");
  return fileNames.length === 1 ? `Bilaget ${names} er slettet.` : `Bilagene ${names} er slettet.`;
}

/**
 * Keeps the upload form's answer from outliving the list it spoke of. When a paper leaves the list (deleted here, or
 * elsewhere and seen on this refresh), the upload form starts afresh, so "Bilaget er vedhæftet." no longer stands under
 * "Ingen bilag.", and the deletion is said instead; focus, left on the vanished button, goes to that message. A paper
 * added later clears the message again. `papers` is every version the list holds (a replaced one stays, so only a
 * deletion takes an id away). Without JavaScript each post renders the page anew, so nothing lingers there either.
 */
export function PaperChanges({ papers, children }: { papers: PaperRef[]; children: React.ReactNode }) {
  const [seen, setSeen] = useState(papers);
  const [generation, setGeneration] = useState(0);
  const [deleted, setDeleted] = useState<string[]>([]);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const ids = papers.map((paper) => paper.id).join(",");
  if (ids !== seen.map((paper) => paper.id).join(",")) {
    const now = new Set(papers.map((paper) => paper.id));
    const before = new Set(seen.map((paper) => paper.id));
    const gone = seen.filter((paper) => !now.has(paper.id));
    setSeen(papers);
    if (gone.length > 0) {
      setGeneration((count) => count + 1);
      setDeleted(gone.map((paper) => paper.fileName));
    } else if (papers.some((paper) => !before.has(paper.id))) {
      setDeleted([]);
    }
  }
  useEffect(() => {
    const focus = document.activeElement;
    if (deleted.length > 0 && (!focus || focus === document.body)) noticeRef.current?.focus();
  }, [deleted]);
  return (
    <>
      <div role="status">
        {deleted.length > 0 && (
          <p ref={noticeRef} tabIndex={-1} className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
            {deletedMessage(deleted)}
          </p>
        )}
      </div>
      <Fragment key={generation}>{children}</Fragment>
    </>
  );
}
