import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AppDatabase } from "@/db";
import { users } from "@/db/schema";

/**
 * What every inbox query is asked with. Each kind of item has one indexed query (no query per row), prepared once
 * per connection and run with these placeholders; the rules that turn rows into items (due dates, urgency, order)
 * are in lib/domain/inbox.ts.
 */
export type InboxContext = { db: AppDatabase; userId: number; today: string; now: Date; staleDays: number };

export const userId$ = sql.placeholder("userId");
export const departmentId$ = sql.placeholder("departmentId");
export const today$ = sql.placeholder("today");
export const horizon$ = sql.placeholder("horizon");
export const now$ = sql.placeholder("now");
export const since$ = sql.placeholder("since");

/** Who made a request. */
export const requester = alias(users, "requester");

/** The day `days` after (or before) `today` (YYYY-MM-DD). */
export function plusDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
