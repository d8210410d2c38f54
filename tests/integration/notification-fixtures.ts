import { and, asc, eq } from "drizzle-orm";
import type { AppDatabase } from "@/db";
import { experiments, notifications, zones } from "@/db/schema";
import type { NotificationKind } from "@/lib/codes";

export type NotificationRow = typeof notifications.$inferSelect;

/** Every notification of a kind, oldest first. */
export const notificationsOf = (db: AppDatabase, kind: NotificationKind): NotificationRow[] =>
  db.select().from(notifications).where(eq(notifications.kind, kind)).orderBy(asc(notifications.id)).all();

/** The recipients of a kind's notifications, one entry per notification, sorted. */
export const recipientsOf = (db: AppDatabase, kind: NotificationKind): number[] =>
  notificationsOf(db, kind)
    .map((row) => row.userId)
    .sort((a, b) => a - b);

export const sortedIds = (...ids: number[]) => [...ids].sort((a, b) => a - b);

/** One user's notifications, oldest first. */
export const notificationsFor = (db: AppDatabase, userId: number, kind?: NotificationKind): NotificationRow[] =>
  db
    .select()
    .from(notifications)
    .where(kind ? and(eq(notifications.userId, userId), eq(notifications.kind, kind)) : eq(notifications.userId, userId))
    .orderBy(asc(notifications.id))
    .all();

/** A notification put straight into the table, for the reading tests. */
export function insertNotification(db: AppDatabase, userId: number, values: Partial<typeof notifications.$inferInsert> = {}): number {
  return db
    .insert(notifications)
    .values({
      userId,
      kind: "decision_made",
      title: "Fasegodkendelse godkendt: Faldsensorer i plejeboliger",
      body: "DIG-2026-007: Analyse → Afprøvning er godkendt.",
      link: "/projects/DIG-2026-007",
      createdAt: "2026-11-27T09:00:00.000Z",
      ...values,
    })
    .returning({ id: notifications.id })
    .get().id;
}

export function insertZone(db: AppDatabase, sponsorId: number, leadId: number): number {
  return db
    .insert(zones)
    .values({ name: "Velfærdsteknologi", slug: "velfaerdsteknologi", sponsorId, leadId, riskFrameKr: 500_000 })
    .returning({ id: zones.id })
    .get().id;
}

export function insertExperiment(db: AppDatabase, zoneId: number, createdById: number, values: Partial<typeof experiments.$inferInsert> = {}): number {
  return db
    .insert(experiments)
    .values({ zoneId, createdById, title: "Faldsensorer på Egebo", hypothesis: "Vi tror at sensorer giver færre fald.", moneyAtRiskKr: 600_000, ...values })
    .returning({ id: experiments.id })
    .get().id;
}
