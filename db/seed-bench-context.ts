import type Database from "better-sqlite3";
import type { BenchCounts } from "./bench-data/counts";
import type { Random } from "./bench-data/random";
import { addMonths, parseDay, toDay } from "../lib/domain/dates";

type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/** Who is who in the bench municipality, by id. */
export type BenchPeople = {
  directors: number[];
  chairId: number;
  allUserIds: number[];
  departmentIds: number[];
  headsByDepartment: Map<number, number[]>;
  staffByDepartment: Map<number, number[]>;
  goalIds: number[];
  tagIds: number[];
};

export type BenchZone = { id: number; sponsorId: number; leadId: number; memberIds: number[] };

export type BenchProject = {
  id: number;
  code: string;
  title: string;
  phase: string;
  departmentId: number;
  ownerId: number;
  leadId: number;
  baselineStart: string;
  baselineEnd: string;
  forecastEnd: string;
  approvedBudgetKr: number;
  spentKr: number;
  closingLearning: string | null;
  benefitsTotal: number;
  benefitsWithoutOwner: number;
  risksTotal: number;
  userOrMedInvolvements: number;
};

export type BenchContext = {
  sql: Database.Database;
  random: Random;
  today: string;
  counts: BenchCounts;
};

/** A prepared insert for `columns`; run it with a row object, get the new row id. */
export function inserter(sql: Database.Database, table: string, columns: readonly string[]): (row: Row) => number {
  const statement = sql.prepare(
    `insert into "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) values (${columns.map((column) => `@${column}`).join(", ")})`,
  );
  return (row) => Number(statement.run(row).lastInsertRowid);
}

export const addDays = (day: string, days: number) => toDay(new Date(parseDay(day).getTime() + days * 86_400_000));
export const monthsFrom = (day: string, months: number) => addMonths(day, months);
export const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
/** Moves a Saturday or Sunday back to the Friday before. */
export function weekdayOnOrBefore(day: string): string {
  const weekday = parseDay(day).getUTCDay();
  return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, -2) : day;
}
export const earlier = (a: string, b: string) => (a < b ? a : b);
export const later = (a: string, b: string) => (a > b ? a : b);

/** A random member of `list`, or of `fallback` when `list` is missing or empty. */
export function some<T>(random: Random, list: readonly T[] | undefined, fallback: readonly T[]): T {
  return random.pick(list && list.length > 0 ? list : fallback);
}
