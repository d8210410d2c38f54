import { z } from "zod";
import { searchGroups } from "@/lib/domain/search-types";

/** What /search reads from its URL; anything unreadable is ignored rather than failing the page. */
export const searchParamsSchema = z.object({
  q: z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim().slice(0, 200))
    .optional()
    .catch(undefined)
    .transform((value) => value ?? ""),
  type: z.enum(searchGroups).optional().catch(undefined),
});
export type SearchInput = z.infer<typeof searchParamsSchema>;

export function parseSearchInput(searchParams: Record<string, string | string[] | undefined>): SearchInput {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return searchParamsSchema.parse({ q: first(searchParams.q), type: first(searchParams.type) });
}
