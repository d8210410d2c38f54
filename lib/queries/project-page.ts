import "server-only";
import { count } from "drizzle-orm";
import { getDb } from "@/db";
import { projects } from "@/db/schema";
import { portfolioConditions } from "@/lib/queries/dashboard-scope";
import { listOrder, listQuery, type ProjectListItem } from "@/lib/queries/projects";
import { pageInfo, type Paged, type PageRequest } from "@/lib/validation/pagination";
import type { PortfolioFilter } from "@/lib/validation/portfolio";

/** How many projects match the filter. */
export function countProjects(filter: PortfolioFilter): number {
  return getDb().select({ n: count() }).from(projects).where(portfolioConditions(filter)).get()!.n;
}

/**
 * One page of the portfolio register, sorted and cut in SQL. A page past the end shows the last page,
 * so a link kept from a wider filter still lands on rows.
 */
export function listProjectPage(filter: PortfolioFilter, request: PageRequest): Paged<ProjectListItem> {
  const info = pageInfo(request, countProjects(filter));
  const rows = listQuery()
    .where(portfolioConditions(filter))
    .orderBy(...listOrder(filter))
    .limit(request.limit)
    .offset((info.page - 1) * request.limit)
    .all();
  return { rows, info };
}
