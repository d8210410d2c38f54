import { z } from "zod";
import { afterActionValue, parseRiskScoreView, riskScoreViewParam, type RiskScoreView } from "@/lib/domain/risk-score-view";
import { lights, phases, purposeTypes } from "@/lib/codes";

export const portfolioSortKeys = ["code", "title", "department", "phase", "purpose", "budget", "end", "status"] as const;
export type PortfolioSortKey = (typeof portfolioSortKeys)[number];

/** The phases in which a project is under way; `phase=active` in the URL selects them all. */
export const activePhases = ["analysis", "trial", "implementation", "realisation"] as const;
export const phaseFilterValues = [...phases, "active"] as const;
export type PhaseFilter = (typeof phaseFilterValues)[number];

export const lightFilterValues = [...lights, "none"] as const;
export type LightFilter = (typeof lightFilterValues)[number];

const optionalId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined);

const freeText = z
  .string()
  .transform((value) => value.trim().slice(0, 100))
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);

/** URL filters of the portfolio; anything unreadable is ignored rather than failing the page. */
export const portfolioFilterSchema = z.object({
  department: optionalId,
  phase: z.enum(phaseFilterValues).optional().catch(undefined),
  purpose: z.enum(purposeTypes).optional().catch(undefined),
  goal: optionalId,
  zone: optionalId,
  light: z.enum(lightFilterValues).optional().catch(undefined),
  owner: optionalId,
  q: freeText,
  sort: z.enum(portfolioSortKeys).default("code").catch("code"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
});

export type PortfolioFilter = z.infer<typeof portfolioFilterSchema>;

/** The filter keys that narrow the set of projects (as opposed to sorting it), in URL order. */
export const portfolioFilterKeys = ["department", "phase", "purpose", "goal", "zone", "light", "owner", "q"] as const;
export type PortfolioFilterKey = (typeof portfolioFilterKeys)[number];

export const emptyPortfolioFilter: PortfolioFilter = portfolioFilterSchema.parse({});

export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parsePortfolioFilter(searchParams: Record<string, string | string[] | undefined> | URLSearchParams): PortfolioFilter {
  const entries =
    searchParams instanceof URLSearchParams
      ? [...searchParams.keys()].map((key) => [key, searchParams.get(key) ?? undefined] as const)
      : Object.entries(searchParams).map(([key, value]) => [key, firstValue(value)] as const);
  return portfolioFilterSchema.parse(Object.fromEntries(entries));
}

/** The query string of a filter (defaults left out), so links and bookmarks stay short and stable. */
export function portfolioQuery(filter: PortfolioFilter, changes: Partial<PortfolioFilter> = {}, { sorting = true } = {}): string {
  const merged = { ...filter, ...changes };
  const params = new URLSearchParams();
  for (const key of portfolioFilterKeys) {
    const value = merged[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (sorting && merged.sort !== "code") params.set("sort", merged.sort);
  if (sorting && merged.dir !== "asc") params.set("dir", merged.dir);
  return params.toString();
}

export function portfolioHref(path: string, filter: PortfolioFilter, changes: Partial<PortfolioFilter> = {}, options?: { sorting?: boolean }): string {
  const query = portfolioQuery(filter, changes, options);
  return query ? `${path}?${query}` : path;
}

/** The register of projects under a filter: where every count on the dashboard leads, so a count and its list agree. */
export function projectListHref(filter: PortfolioFilter, changes: Partial<PortfolioFilter> = {}): string {
  return portfolioHref("/portfolio/projects", filter, changes);
}

/** True when any filter (not the sorting) narrows the portfolio. */
export function isFiltered(filter: PortfolioFilter): boolean {
  return portfolioFilterKeys.some((key) => filter[key] !== undefined);
}

/** Which cell of the risk heatmap: probability and consequence 1–5, each optional. */
const scale = z.coerce.number().int().min(1).max(5).optional().catch(undefined);
export const riskCellSchema = z.object({ p: scale, c: scale });
/** A cell, and whether it is read before or after action (residual scores). */
export type RiskCell = z.infer<typeof riskCellSchema> & { view?: RiskScoreView };

export function parseRiskCell(searchParams: Record<string, string | string[] | undefined>): RiskCell {
  const cell = riskCellSchema.parse({ p: firstValue(searchParams.p), c: firstValue(searchParams.c) });
  return parseRiskScoreView(searchParams[riskScoreViewParam]) === "after" ? { ...cell, view: "after" } : cell;
}

/**
 * The projects the status widgets look at: the filter, limited to the active phases unless a phase is chosen.
 * Links from those widgets carry this scope, so a count and the list it opens always agree.
 */
export function statusScope(filter: PortfolioFilter): PortfolioFilter {
  return { ...filter, phase: filter.phase ?? "active" };
}

/** The list of open risks behind the heatmap (a cell when `cell` is given), under the same filter. */
export function riskListHref(filter: PortfolioFilter, cell: RiskCell = {}): string {
  const params = new URLSearchParams(portfolioQuery(filter, {}, { sorting: false }));
  if (cell.p) params.set("p", String(cell.p));
  if (cell.c) params.set("c", String(cell.c));
  if (cell.view === "after") params.set(riskScoreViewParam, afterActionValue);
  const query = params.toString();
  return query ? `/portfolio/risks?${query}` : "/portfolio/risks";
}
