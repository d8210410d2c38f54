import { PaperFacts, PaperLink } from "./paper-details";
import type { PaperView } from "@/lib/queries/attachments";

/** An item's papers in the minutes, every version: a replaced one marked "Erstattet". */
export function MinutesPapers({ papers }: { papers: PaperView[] | undefined }) {
  if (!papers || papers.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="font-semibold">Bilag:</p>
      <ul className="ml-5 list-disc">
        {papers.map((paper) => (
          <li key={paper.id}>
            <PaperLink paper={paper} />
            {paper.replaced && <span className="ml-2 rounded-full border border-gray-500 px-2 py-0.5 text-sm">Erstattet</span>}
            <PaperFacts paper={paper} />
          </li>
        ))}
      </ul>
    </div>
  );
}
