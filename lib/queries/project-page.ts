import "server-only";
import { count } from "drizzle-orm";
import { getDb } from "@/db";
import { projects } from "@/db/schema";
import { clampPage, pageCount, pageSize } from "@/lib/domain/pagination";
import { portfolioConditions } from "@/lib/queries/dashboard-scope";
import { listOrder, listQuery, type ProjectListItem } from "@/lib/queries/projects";
import type { PortfolioFilter } from "@/lib/validation/portfolio";

export type ProjectPage = { items: ProjectListItem[]; total: number; page: number; pageCount: number };

/** How many projects match the filter. */
export function countProjects(filter: PortfolioFilter): number {
  return getDb().select({ n: count() }).from(projects).where(portfolioConditions(filter)).get()!.n;
}

/**
 * One page of the portfolio register, sorted and cut in SQL. A page past the end shows the last page,
 * so a link kept from a wider filter still lands on rows.
 */
export function listProjectPage(filter: PortfolioFilter, requestedPage: number, size = pageSize): ProjectPage {
  const total = countProjects(filter);
  const page = clampPage(requestedPage, total, size);
  const items = listQuery()
    .where(portfolioConditions(filter))
    .orderBy(...listOrder(filter))
    .limit(size)
    .offset((page - 1) * size)
    .all();
  return { items, total, page, pageCount: pageCount(total, size) };
}
