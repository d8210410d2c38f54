import { z } from "zod";
import { formatNumber } from "@/lib/format";

/** Rows on one page of every paginated list. */
export const PAGE_SIZE = 50;

/** The `?side=` parameter: a positive whole page number; anything else falls back to page 1. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export type SearchParams = Record<string, string | string[] | undefined>;

export type PageRequest = { page: number; limit: number; offset: number };

/** Reads `side` (or another parameter) from search params into a page, limit and SQL offset. */
export function parsePageRequest(searchParams: SearchParams, param = "side", pageSize = PAGE_SIZE): PageRequest {
  const raw = searchParams[param];
  const page = pageNumberSchema.parse(Array.isArray(raw) ? raw[0] : (raw ?? 1));
  return { page, limit: pageSize, offset: (page - 1) * pageSize };
}

export type PageInfo = { page: number; pageCount: number; total: number; pageSize: number; from: number; to: number };

/** What the page links need once the total is known; a page past the end is reported as the last page. */
export function pageInfo(request: PageRequest, total: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / request.limit));
  const page = Math.min(request.page, pageCount);
  const from = total === 0 ? 0 : (page - 1) * request.limit + 1;
  const to = Math.min(total, page * request.limit);
  return { page, pageCount, total, pageSize: request.limit, from, to };
}

/** What a list counts, in the plural ("idéer"), or with its singular too: { one: "projekt", many: "projekter" }. */
export type Noun = string | { one: string; many: string };

/** "Viser 51–100 af 1.500 projekter", "Viser 1 af 1 projekt", or "Ingen projekter" for an empty list. */
export function pageRangeText(info: PageInfo, noun: Noun): string {
  const { one, many } = typeof noun === "string" ? { one: noun, many: noun } : noun;
  if (info.total === 0) return `Ingen ${many}`;
  const of = `${formatNumber(info.total)} ${info.total === 1 ? one : many}`;
  const shown = info.from === info.to ? formatNumber(info.from) : `${formatNumber(info.from)}–${formatNumber(info.to)}`;
  return `Viser ${shown} af ${of}`;
}

/** The SQL offset for a page that may have been clamped by `pageInfo`. */
export function clampedOffset(request: PageRequest, total: number): number {
  return (pageInfo(request, total).page - 1) * request.limit;
}

/**
 * The page numbers to link to: first, last, and a window around the current page;
 * `null` marks a gap.
 */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= radius) pages.push(n);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

/** A URL for `page` that keeps every other search parameter (filters, sort); page 1 drops the parameter. */
export function pageHref(path: string, searchParams: SearchParams, page: number, param = "side"): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === param || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, item);
  }
  if (page > 1) query.set(param, String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** One page of a list with what its page links need. */
export type Paged<T> = { rows: T[]; info: PageInfo };

/** One page of a list already in memory (for lists whose order comes from a rule computed in code). */
export function pageOf<T>(items: readonly T[], request: PageRequest): Paged<T> {
  const info = pageInfo(request, items.length);
  const offset = (info.page - 1) * request.limit;
  return { rows: items.slice(offset, offset + request.limit), info };
}
