import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { benefitMeasurements, benefits, projects, statusReports } from "@/db/schema";
import { seedWorld } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();

const lights = { timeLight: "green", economyLight: "green", deliveryLight: "green", riskLight: "green", benefitsLight: "green" } as const;

describe("the latest values the database keeps on projects and benefits", () => {
  it("follows the newest published status report through publication, correction and deletion", () => {
    const world = seedWorld(db());
    const latest = () =>
      db()
        .select({ id: projects.latestReportId, light: projects.latestLight, at: projects.latestPublishedAt })
        .from(projects)
        .where(eq(projects.id, world.project.id))
        .get()!;
    const report = (overallLight: "green" | "yellow" | "red", state: "draft" | "published", publishedAt: string | null) =>
      db()
        .insert(statusReports)
        .values({ projectId: world.project.id, reportDate: "2026-11-01", state, overallLight, authorId: world.lead.id, publishedAt, ...lights })
        .returning({ id: statusReports.id })
        .get().id;

    expect(latest()).toEqual({ id: null, light: null, at: null });
    const first = report("green", "published", "2026-10-01T10:00:00.000Z");
    const draft = report("red", "draft", null);
    expect(latest()).toEqual({ id: first, light: "green", at: "2026-10-01T10:00:00.000Z" });

    db().update(statusReports).set({ state: "published", publishedAt: "2026-11-02T10:00:00.000Z" }).where(eq(statusReports.id, draft)).run();
    expect(latest()).toEqual({ id: draft, light: "red", at: "2026-11-02T10:00:00.000Z" });

    // An older publication added later does not win; the newer one's light change shows at once.
    report("yellow", "published", "2026-09-01T10:00:00.000Z");
    db().update(statusReports).set({ overallLight: "yellow" }).where(eq(statusReports.id, draft)).run();
    expect(latest().light).toBe("yellow");

    db().delete(statusReports).where(eq(statusReports.id, draft)).run();
    expect(latest()).toEqual({ id: first, light: "green", at: "2026-10-01T10:00:00.000Z" });
  });

  it("follows a benefit's latest measurement (latest date, then the last recorded)", () => {
    const world = seedWorld(db());
    const benefitId = db()
      .insert(benefits)
      .values({ projectId: world.project.id, title: "Færre kørte kilometer", type: "quality" })
      .returning({ id: benefits.id })
      .get().id;
    const latest = () =>
      db().select({ on: benefits.latestMeasuredOn, value: benefits.latestMeasuredValue }).from(benefits).where(eq(benefits.id, benefitId)).get()!;
    const measure = (date: string, value: number) =>
      db().insert(benefitMeasurements).values({ benefitId, date, value, recordedById: world.lead.id }).returning({ id: benefitMeasurements.id }).get().id;

    expect(latest()).toEqual({ on: null, value: null });
    const june = measure("2026-06-01", 10);
    measure("2026-03-01", 5);
    expect(latest()).toEqual({ on: "2026-06-01", value: 10 });
    const sameDay = measure("2026-06-01", 12);
    expect(latest()).toEqual({ on: "2026-06-01", value: 12 });
    db().update(benefitMeasurements).set({ value: 11 }).where(eq(benefitMeasurements.id, sameDay)).run();
    expect(latest().value).toBe(11);
    db().delete(benefitMeasurements).where(eq(benefitMeasurements.id, sameDay)).run();
    db().delete(benefitMeasurements).where(eq(benefitMeasurements.id, june)).run();
    expect(latest()).toEqual({ on: "2026-03-01", value: 5 });
  });
});
