import { z } from "zod";
import type { SearchParams } from "./pagination";

/** The longest search the administrators' session list takes; anything longer is cut. */
export const SESSION_SEARCH_MAX = 120;

const searchText = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim().slice(0, SESSION_SEARCH_MAX))
  .catch("");

/** `?q=` of /admin/sessions (a name or an e-mail, or part of one); anything unreadable is no search. */
export function parseSessionSearch(params: SearchParams): string {
  const raw = params.q;
  return searchText.parse(Array.isArray(raw) ? raw[0] : (raw ?? ""));
}

/** The session list's address with its search and, after ending sessions, how many ended (`afsluttet`). */
export function sessionsPageHref({ q = "", ended }: { q?: unknown; ended?: number }): string {
  const query = new URLSearchParams();
  const search = searchText.parse(typeof q === "string" ? q : "");
  if (search) query.set("q", search);
  if (ended !== undefined) query.set("afsluttet", String(ended));
  const text = query.toString();
  return text ? `/admin/sessions?${text}` : "/admin/sessions";
}
