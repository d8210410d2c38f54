import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db";
import { seedDemo } from "@/db/seed";
import { gateRequests, involvements, projects, risks, statusReports, users } from "@/db/schema";
import type { Light, Phase } from "@/lib/codes";

export const daysAgo = (days: number, now = new Date()) => new Date(now.getTime() - days * 86_400_000).toISOString();

export function userId(db: AppDatabase, email: string): number {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
}

export function insertReport(db: AppDatabase, projectId: number, light: Light, publishedAt: string | null, authorId: number): number {
  return db
    .insert(statusReports)
    .values({
      projectId,
      reportDate: (publishedAt ?? new Date().toISOString()).slice(0, 10),
      state: publishedAt ? "published" : "draft",
      timeLight: light,
      economyLight: light,
      deliveryLight: light,
      riskLight: light,
      benefitsLight: light,
      overallLight: light,
      overallComment: light === "green" ? "" : "Se kommentar",
      authorId,
      publishedAt,
      publishedById: publishedAt ? authorId : null,
    })
    .returning({ id: statusReports.id })
    .get().id;
}

export function insertRisk(db: AppDatabase, projectId: number, probability: number, consequence: number, status: "open" | "closed" = "open"): number {
  return db
    .insert(risks)
    .values({ projectId, title: `Risiko ${probability}×${consequence}`, category: "technology", probability, consequence, status })
    .returning({ id: risks.id })
    .get().id;
}

export function insertInvolvement(db: AppDatabase, projectId: number, group: "citizens" | "med" | "employees", state: "planned" | "done", createdById: number): void {
  db.insert(involvements).values({ projectId, date: "2026-10-01", group, form: "workshop", summary: "Workshop", state, createdById }).run();
}

export function insertGate(db: AppDatabase, projectId: number, status: "pending" | "approved", requestedById: number, fromPhase: Phase = "analysis", toPhase: Phase = "trial"): void {
  db.insert(gateRequests).values({ projectId, fromPhase, toPhase, status, requestedById, requestedAt: daysAgo(3) }).run();
}

/**
 * The demo seed tells its own story; tests that count start from no reports, risks, involvement or gates.
 * Use on a copy of the demo (withDemoDatabase()) rather than seeding again.
 */
export function removePortfolioItems(db: AppDatabase): void {
  // The seeded board meetings refer to gate requests; these counting tests do not read the agendas.
  db.$client.pragma("foreign_keys = OFF");
  for (const table of [statusReports, risks, involvements, gateRequests]) db.delete(table).run();
  db.$client.pragma("foreign_keys = ON");
}

/** Seeds the demo into an empty database and removes its portfolio items (slower than removePortfolioItems on withDemoDatabase()). */
export async function seedWithoutPortfolioItems(db: AppDatabase): Promise<void> {
  await seedDemo(db);
  removePortfolioItems(db);
}

export type ProjectRow = typeof projects.$inferSelect;

export function allProjects(db: AppDatabase): ProjectRow[] {
  return db.select().from(projects).orderBy(projects.code).all();
}
