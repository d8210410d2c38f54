/** Rows per page of a paginated list. */
export const pageSize = 50;

/** The page number from the URL (`?side=3`): a positive whole number, else page 1. */
export function parsePageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 ? page : 1;
}

/** How many pages `total` rows fill; at least one, so an empty list still has a page. */
export function pageCount(total: number, size = pageSize): number {
  return Math.max(1, Math.ceil(total / size));
}

/** A requested page kept within the pages that exist (a page past the end shows the last one). */
export function clampPage(page: number, total: number, size = pageSize): number {
  return Math.min(Math.max(1, page), pageCount(total, size));
}

/** The first and last row (1-based) shown on a page; `first` is 0 when there are no rows. */
export function pageRange(page: number, total: number, size = pageSize): { first: number; last: number } {
  if (total === 0) return { first: 0, last: 0 };
  const first = (page - 1) * size + 1;
  return { first, last: Math.min(total, page * size) };
}

const numberFormat = new Intl.NumberFormat("da-DK");

/** "Viser 51–100 af 1.500 projekter" (or "Ingen projekter" when the list is empty). */
export function rangeText(page: number, total: number, noun: { one: string; many: string }, size = pageSize): string {
  if (total === 0) return `Ingen ${noun.many}`;
  const { first, last } = pageRange(page, total, size);
  const of = `${numberFormat.format(total)} ${total === 1 ? noun.one : noun.many}`;
  return first === last ? `Viser ${numberFormat.format(first)} af ${of}` : `Viser ${numberFormat.format(first)}–${numberFormat.format(last)} af ${of}`;
}

/**
 * The page links to show: the first and last page, the current page and its neighbours, with `null`
 * where pages are left out (rendered as "…"). Keeps the navigation short at any number of pages.
 */
export function pageLinks(current: number, count: number, neighbours = 1): (number | null)[] {
  const wanted = new Set<number>([1, count]);
  for (let page = current - neighbours; page <= current + neighbours; page += 1) if (page >= 1 && page <= count) wanted.add(page);
  const pages = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) result.push(null);
    result.push(page);
  });
  return result;
}
