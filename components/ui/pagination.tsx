import Link from "@/components/ui/link";
import { pageHref, pageRangeText, pageWindow, type Noun, type PageInfo, type SearchParams } from "@/lib/validation/pagination";

type Props = {
  info: PageInfo;
  /** The list's path, e.g. "/ideas". */
  path: string;
  /** The current search params; filters and sort are kept in every page link. */
  searchParams: SearchParams;
  /** The page parameter's name, when a page has more than one list. */
  param?: string;
  /** A fragment to land on, e.g. "#ideas-heading". */
  anchor?: string;
  /** What is being counted, e.g. "idéer". */
  noun: Noun;
  label?: string;
  /** False where the list says its count above itself. */
  withCount?: boolean;
};

/** The result count and page links of a server-paginated list; plain links, so it works without JavaScript. */
export function Pagination({ info, path, searchParams, param = "side", anchor = "", noun, label = "Sider", withCount = true }: Props) {
  const href = (page: number) => pageHref(path, searchParams, page, param) + anchor;
  if (!withCount && info.pageCount <= 1) return null;
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {withCount && <p className="text-sm text-muted">{pageRangeText(info, noun)}</p>}
      {info.pageCount > 1 && (
        <nav aria-label={label}>
          <ul className="flex flex-wrap items-center gap-1">
            {info.page > 1 && (
              <li>
                <Link href={href(info.page - 1)} className="page-link" rel="prev">
                  Forrige<span className="sr-only"> side</span>
                </Link>
              </li>
            )}
            {pageWindow(info.page, info.pageCount).map((page, index) =>
              page === null ? (
                <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
                  …
                </li>
              ) : (
                <li key={page}>
                  <Link
                    href={href(page)}
                    aria-current={page === info.page ? "page" : undefined}
                    className="page-link"
                  >
                    <span className="sr-only">Side </span>
                    {page}
                  </Link>
                </li>
              ),
            )}
            {info.page < info.pageCount && (
              <li>
                <Link href={href(info.page + 1)} className="page-link" rel="next">
                  Næste<span className="sr-only"> side</span>
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
