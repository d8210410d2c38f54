import { count, sql } from "drizzle-orm";
import type { AppDatabase } from "./index";
import { migrateDatabase } from "./migrate";
import {
  departments,
  projectGoals,
  projects,
  projectTags,
  settings,
  strategyGoals,
  technologyTags,
  users,
} from "./schema";
import { demoDepartments, demoGoals, demoPassword, demoProjects, demoUsers } from "./demo-data";
import { seedPortfolioDemo } from "./seed-portfolio";
import { seedBenefitsDemo } from "./seed-benefits";
import { seedZonesDemo } from "./seed-zones";
import { seedMeetingsDemo } from "./seed-meetings";
import { recordAudit } from "../lib/audit";
import { hashPassword } from "../lib/password";

export function isDatabaseEmpty(db: AppDatabase): boolean {
  return (db.select({ n: count() }).from(users).get()?.n ?? 0) === 0;
}

/** YYYY-MM-DD a whole number of months from `from` (day of month kept within range). */
export function monthsFrom(from: Date, months: number): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return date.toISOString().slice(0, 10);
}

/** Seeds Egeby Kommune. All demo users share the documented demo password. */
export async function seedDemo(db: AppDatabase, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  db.transaction((tx) => {
    tx.insert(settings).values({ key: "municipalityName", value: "Egeby Kommune" }).run();

    const departmentIds = new Map<string, number>();
    for (const department of demoDepartments) {
      const row = tx
        .insert(departments)
        .values({ name: department.name, shortName: department.shortName, kind: department.kind })
        .returning({ id: departments.id })
        .get();
      departmentIds.set(department.key, row.id);
    }

    const userIds = new Map<string, number>();
    for (const user of demoUsers) {
      const row = tx
        .insert(users)
        .values({
          name: user.name,
          email: user.email.toLowerCase(),
          role: user.role,
          title: user.title,
          departmentId: user.departmentKey ? requireKey(departmentIds, user.departmentKey) : null,
          passwordHash,
        })
        .returning({ id: users.id })
        .get();
      userIds.set(user.email.toLowerCase(), row.id);
    }

    for (const department of demoDepartments) {
      tx.update(departments)
        .set({ responsibleDirectorId: requireKey(userIds, department.directorEmail) })
        .where(sql`${departments.id} = ${requireKey(departmentIds, department.key)}`)
        .run();
    }

    const goalIds = new Map<string, number>();
    for (const goal of demoGoals) {
      const row = tx
        .insert(strategyGoals)
        .values({ title: goal.title, description: goal.description, focus: goal.focus })
        .returning({ id: strategyGoals.id })
        .get();
      goalIds.set(goal.key, row.id);
    }

    const tagIds = new Map<string, number>();
    const sequenceByYear = new Map<number, number>();
    for (const project of demoProjects) {
      const sequence = (sequenceByYear.get(project.codeYear) ?? 0) + 1;
      sequenceByYear.set(project.codeYear, sequence);
      const row = tx
        .insert(projects)
        .values({
          code: `DIG-${project.codeYear}-${String(sequence).padStart(3, "0")}`,
          title: project.title,
          summary: project.summary,
          purpose: project.purpose,
          departmentId: requireKey(departmentIds, project.departmentKey),
          ownerId: requireKey(userIds, project.ownerEmail),
          leadId: requireKey(userIds, project.leadEmail),
          phase: project.phase,
          baselineStart: monthsFrom(now, project.startMonths),
          baselineEnd: monthsFrom(now, project.endMonths),
          forecastEnd: monthsFrom(now, project.forecastEndMonths),
          approvedBudgetKr: project.approvedBudgetKr,
          spentKr: project.spentKr,
          priority: project.priority,
          // Registered when it started, and at least two months ago: a demo project is not new in the portfolio.
          createdAt: `${monthsFrom(now, Math.min(project.startMonths, -2))}T08:00:00.000Z`,
          updatedAt: `${monthsFrom(now, Math.min(project.startMonths, -2))}T08:00:00.000Z`,
        })
        .returning({ id: projects.id })
        .get();
      for (const goalKey of project.goalKeys) {
        tx.insert(projectGoals).values({ projectId: row.id, goalId: requireKey(goalIds, goalKey) }).run();
      }
      for (const tag of project.tags) {
        if (!tagIds.has(tag)) {
          tagIds.set(tag, tx.insert(technologyTags).values({ name: tag }).returning({ id: technologyTags.id }).get().id);
        }
        tx.insert(projectTags).values({ projectId: row.id, tagId: requireKey(tagIds, tag) }).run();
      }
    }

    seedPortfolioDemo(tx, now);
    seedBenefitsDemo(tx, now);
    seedZonesDemo(tx, now);
    seedMeetingsDemo(tx, now);

    recordAudit(tx, { action: "seed.demo", objectType: "database", changes: { projects: demoProjects.length, users: demoUsers.length } });
  });
}

/** A production start: no demo data, one administrator from the environment. */
export async function seedAdmin(db: AppDatabase, email: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    const row = tx
      .insert(users)
      .values({ name: "Administrator", email: email.toLowerCase(), role: "admin", title: "Administrator", passwordHash })
      .returning({ id: users.id })
      .get();
    recordAudit(tx, { action: "seed.admin", objectType: "user", objectId: row.id });
  });
}

export type SeedOptions = { demo: boolean; adminEmail?: string; adminPassword?: string };

/** Migrates, then seeds only when the database holds no users. Returns what it did. */
export async function prepareDatabase(db: AppDatabase, options: SeedOptions): Promise<"seeded-demo" | "seeded-admin" | "kept"> {
  migrateDatabase(db);
  if (!isDatabaseEmpty(db)) return "kept";
  if (options.demo) {
    await seedDemo(db);
    return "seeded-demo";
  }
  if (!options.adminEmail || !options.adminPassword) throw new Error("Mangler administratorens e-mail og adgangskode");
  await seedAdmin(db, options.adminEmail, options.adminPassword);
  return "seeded-admin";
}

/** Drops every table (the audit triggers go with them) so the schema and seed can be rebuilt. */
export function dropAllTables(db: AppDatabase): void {
  const client = db.$client;
  client.pragma("foreign_keys = OFF");
  const tables = client
    .prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .all() as { name: string; sql: string | null }[];
  const isVirtual = (table: { sql: string | null }) => /create virtual table/i.test(table.sql ?? "");
  for (const table of [...tables.filter(isVirtual), ...tables.filter((table) => !isVirtual(table))]) {
    const stillThere = client.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table.name);
    if (stillThere) client.exec(`drop table "${table.name.replaceAll('"', '""')}"`);
  }
  client.pragma("foreign_keys = ON");
}

function requireKey<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to unknown key "${key}"`);
  return value;
}
