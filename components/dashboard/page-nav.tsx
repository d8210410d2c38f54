import Link from "@/components/ui/link";
import { pageLinks } from "@/lib/domain/pagination";

/** `href` with `side=<page>` added (page 1 keeps the plain address), before any `#fragment`. */
export function pageHref(href: string, page: number, fragment = ""): string {
  if (page <= 1) return `${href}${fragment}`;
  return `${href}${href.includes("?") ? "&" : "?"}side=${page}${fragment}`;
}

const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 text-sm font-medium";

/** Page links under a paginated list: previous, the nearby pages, next. Plain links, so it works without JavaScript. */
export function PageNav({ href, page, count, fragment = "" }: { href: string; page: number; count: number; fragment?: string }) {
  if (count <= 1) return null;
  return (
    <nav aria-label="Sider" className="mt-3 print:hidden">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={pageHref(href, page - 1, fragment)} rel="prev" className={`${linkClass} border-gray-300 text-brand-700 underline`}>
              Forrige<span className="sr-only"> side</span>
            </Link>
          </li>
        )}
        {pageLinks(page, count).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                href={pageHref(href, number, fragment)}
                aria-current={number === page ? "page" : undefined}
                className={`${linkClass} ${number === page ? "border-brand-700 bg-brand-700 text-white" : "border-gray-300 text-brand-700 underline"}`}
              >
                <span className="sr-only">Side </span>
                {number}
              </Link>
            </li>
          ),
        )}
        {page < count && (
          <li>
            <Link href={pageHref(href, page + 1, fragment)} rel="next" className={`${linkClass} border-gray-300 text-brand-700 underline`}>
              Næste<span className="sr-only"> side</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
