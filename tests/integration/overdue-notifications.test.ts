import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { benefitMeasurements, benefits, projects, users } from "@/db/schema";
import { addMonths } from "@/lib/domain/dates";
import { measurementDueSql, recordOverdueNotifications } from "@/lib/services/overdue-notifications";
import { publishRedReport } from "./meeting-fixtures";
import { notificationsOf, recipientsOf, sortedIds } from "./notification-fixtures";
import { fixedNow, insertBenefit, projectCode, seedWorld, successAudit, type World } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;

beforeEach(() => {
  world = seedWorld(db());
});

const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

describe("overdue status reports", () => {
  it("a project that has never reported tells its owner and lead once, however often the job runs", () => {
    expect(recordOverdueNotifications(fixedNow)).toBe(2);
    expect(recipientsOf(db(), "overdue")).toEqual(sortedIds(world.owner.id, world.lead.id));
    expect(notificationsOf(db(), "overdue")[0]).toMatchObject({
      title: "Statusrapport mangler: Faldsensorer i plejeboliger",
      link: `/projects/${projectCode}?tab=status`,
      dedupeKey: `overdue:status-report:${world.project.id}:none`,
    });

    expect(recordOverdueNotifications(fixedNow)).toBe(0);
    expect(recordOverdueNotifications(daysAfter(fixedNow, 1))).toBe(0);
    expect(notificationsOf(db(), "overdue")).toHaveLength(2);
  });

  it("a project registered within the stale period is not overdue yet, and is once that period has passed without a report", () => {
    db().update(projects).set({ createdAt: "2026-11-01T08:00:00.000Z" }).where(eq(projects.id, world.project.id)).run();
    expect(recordOverdueNotifications(fixedNow)).toBe(0);
    expect(recordOverdueNotifications(new Date("2026-12-17T12:00:00Z"))).toBe(2);
  });

  it("a report lapsing tells them again once, when the stale period after the latest publication has passed", () => {
    publishRedReport(db(), world); // published 2026-11-20
    expect(recordOverdueNotifications(fixedNow)).toBe(0);
    expect(recordOverdueNotifications(new Date("2027-01-04T12:00:00Z"))).toBe(0); // 45 days: not yet more than 45

    const lapsed = new Date("2027-01-05T12:00:00Z");
    expect(recordOverdueNotifications(lapsed)).toBe(2);
    expect(recordOverdueNotifications(daysAfter(lapsed, 3))).toBe(0);
    const [row] = notificationsOf(db(), "overdue");
    expect(row.dedupeKey).toBe(`overdue:status-report:${world.project.id}:2027-01-04`);
    expect(row.body).toContain("mere end 45 dage");
  });

  it("projects outside the reporting phases and inactive people are left out", () => {
    db().update(projects).set({ phase: "idea" }).where(eq(projects.id, world.project.id)).run();
    expect(recordOverdueNotifications(fixedNow)).toBe(0);
    db().update(projects).set({ phase: "trial" }).where(eq(projects.id, world.project.id)).run();
    db().update(users).set({ active: false }).where(eq(users.id, world.owner.id)).run();
    expect(recordOverdueNotifications(fixedNow)).toBe(1);
    expect(recipientsOf(db(), "overdue")).toEqual([world.lead.id]);
  });

  it("records one audit event for a run that notifies, none for a run that does not", () => {
    recordOverdueNotifications(fixedNow);
    recordOverdueNotifications(fixedNow);
    const events = successAudit(db(), "notification.overdue");
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].changes!)).toEqual({ reports: 2, measurements: 0 });
  });
});

describe("overdue measurements", () => {
  beforeEach(() => {
    // A closed project reports no more status, but its benefits are still being realised and measured.
    db().update(projects).set({ phase: "closed" }).where(eq(projects.id, world.project.id)).run();
  });

  it("tells the benefit's owner once per due date; without an owner the project's lead", () => {
    const owned = insertBenefit(db(), world.project.id, { ownerId: world.headA.id }); // baseline 2026-01-01, quarterly
    const unowned = insertBenefit(db(), world.project.id, { title: "Mindre ventetid" });
    insertBenefit(db(), world.project.id, { title: "Afbrudt", status: "cancelled", ownerId: world.otherStaff.id });

    expect(recordOverdueNotifications(fixedNow)).toBe(2);
    const rows = notificationsOf(db(), "overdue");
    expect(rows.map((row) => [row.userId, row.dedupeKey])).toEqual([
      [world.headA.id, `overdue:measurement:${owned}:2026-04-01`],
      [world.lead.id, `overdue:measurement:${unowned}:2026-04-01`],
    ]);
    expect(rows[0]).toMatchObject({ title: "Måling forfalden: Færre faldskader", link: `/projects/${projectCode}?tab=benefits` });
    expect(recordOverdueNotifications(daysAfter(fixedNow, 2))).toBe(0);

    // A new measurement moves the due date; when that one lapses, the owner is told again, once.
    db().insert(benefitMeasurements).values({ benefitId: owned, date: "2026-11-01", value: 30, recordedById: world.headA.id, createdAt: fixedNow.toISOString(), updatedAt: fixedNow.toISOString() }).run();
    expect(recordOverdueNotifications(new Date("2027-02-01T12:00:00Z"))).toBe(0);
    expect(recordOverdueNotifications(new Date("2027-02-02T12:00:00Z"))).toBe(1);
    expect(recordOverdueNotifications(new Date("2027-02-03T12:00:00Z"))).toBe(0);
    expect(notificationsOf(db(), "overdue").at(-1)!.dedupeKey).toBe(`overdue:measurement:${owned}:2027-02-01`);
  });

  it("a stopped project's benefits are not chased", () => {
    db().update(projects).set({ phase: "stopped" }).where(eq(projects.id, world.project.id)).run();
    insertBenefit(db(), world.project.id, { ownerId: world.headA.id });
    expect(recordOverdueNotifications(fixedNow)).toBe(0);
  });

  it("computes the due day in SQL exactly as addMonths does, month ends included", () => {
    const cases: [string, number][] = [
      ["2026-01-31", 1],
      ["2024-01-31", 1],
      ["2026-11-30", 3],
      ["2026-03-15", 12],
      ["2026-08-31", 6],
      ["2026-12-01", 1],
    ];
    for (const [baselineDate, months] of cases) {
      const id = insertBenefit(db(), world.project.id, { baselineDate, measurementFrequencyMonths: months });
      const row = db().select({ due: measurementDueSql }).from(benefits).where(eq(benefits.id, id)).get()!;
      expect(row.due, `${baselineDate} + ${months}`).toBe(addMonths(baselineDate, months));
    }
  });

  it("finds the lapsed ones over the notifications' (user, key) index", () => {
    insertBenefit(db(), world.project.id, { ownerId: world.headA.id });
    const plan = db().all<{ detail: string }>(
      sql`explain query plan select 1 from notifications n where n.user_id in (1, 2) and n.dedupe_key = 'overdue:measurement:1:2026-04-01'`,
    );
    expect(plan.map((step) => step.detail).join(" ")).toMatch(/USING COVERING INDEX notifications_dedupe_unique/);
  });
});
