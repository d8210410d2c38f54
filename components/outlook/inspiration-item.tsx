import Link from "@/components/ui/link";
import { inspirationSourceLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { InspirationItem } from "@/lib/queries/inspirations";
import { isWebLink } from "@/lib/validation/inspirations";

/** One outlook entry; `headingLevel` lets it sit under a page's h2 or h3. */
export function InspirationEntry({ item, headingLevel = 3 }: { item: InspirationItem; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article id={`inspiration-${item.id}`} className="card scroll-mt-4">
      <p className="text-sm font-semibold text-brand-700">
        {inspirationSourceLabels[item.sourceKind]} · {item.organisation} · {formatDate(item.date)}
      </p>
      <Heading className="mt-1 text-lg font-semibold">{item.title}</Heading>
      <p className="mt-2 whitespace-pre-line">{item.takeaway}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        {item.link && isWebLink(item.link) && (
          <a href={item.link} rel="noopener noreferrer" className="inline-flex min-h-11 items-center underline">
            <span>
              Kilde<span className="sr-only">: {item.title}</span> (åbner {new URL(item.link).hostname})
            </span>
          </a>
        )}
        {item.zoneSlug && (
          <Link href={`/zones/${item.zoneSlug}`} className="inline-flex min-h-11 items-center underline">
            Udviklingsrum: {item.zoneName}
          </Link>
        )}
        {item.projectCode && (
          <Link href={`/projects/${encodeURIComponent(item.projectCode)}`} className="inline-flex min-h-11 items-center underline">
            Projekt: {item.projectCode} {item.projectTitle}
          </Link>
        )}
        <span className="inline-flex min-h-11 items-center text-muted">Registreret af {item.createdByName}</span>
      </p>
    </article>
  );
}
