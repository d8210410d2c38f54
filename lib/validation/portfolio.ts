import { z } from "zod";
import { phases, purposeTypes } from "@/db/schema";

export const portfolioSortKeys = ["code", "title", "department", "phase", "purpose", "budget", "end"] as const;
export type PortfolioSortKey = (typeof portfolioSortKeys)[number];

const optionalId = z.coerce.number().int().positive().optional().catch(undefined);

/** URL filters of the portfolio list; anything unreadable is ignored rather than failing the page. */
export const portfolioFilterSchema = z.object({
  department: optionalId,
  phase: z.enum(phases).optional().catch(undefined),
  purpose: z.enum(purposeTypes).optional().catch(undefined),
  sort: z.enum(portfolioSortKeys).default("code").catch("code"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
});

export type PortfolioFilter = z.infer<typeof portfolioFilterSchema>;

export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parsePortfolioFilter(searchParams: Record<string, string | string[] | undefined>): PortfolioFilter {
  return portfolioFilterSchema.parse(
    Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, firstValue(value)])),
  );
}
