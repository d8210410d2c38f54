import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agendaItems, experiments, ideas, meetings, projects, users } from "@/db/schema";
import { zoneForNewExperiment } from "@/lib/queries/experiments";
import { listMeetings } from "@/lib/queries/meetings";
import { outer } from "@/lib/queries/outer-column";
import { listZoneCards } from "@/lib/queries/zones";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const director = () => db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, "direktor@egeby.dk")).get()!;
const runningKrOf = (zoneId: number) =>
  db()
    .select({ kr: sql<number>`coalesce(sum(${experiments.moneyAtRiskKr}), 0)` })
    .from(experiments)
    .where(and(eq(experiments.zoneId, zoneId), eq(experiments.state, "running")))
    .get()!.kr;
const countWhere = (rows: { n: number } | undefined) => rows?.n ?? 0;

// Each of these reads selects from one table, where Drizzle leaves a column without its table's name.
describe("counts in a subquery of a one-table select", () => {
  it("give a new test card the zone's own money at risk, as the zone list shows it", () => {
    const cards = listZoneCards().rows;
    expect(cards.some((card) => card.runningKr > 0)).toBe(true);
    for (const card of cards) {
      expect(card.runningKr).toBe(runningKrOf(card.id));
      expect(zoneForNewExperiment(card.id)?.runningKr).toBe(card.runningKr);
      expect(card.projectCount).toBe(countWhere(db().select({ n: count() }).from(projects).where(eq(projects.zoneId, card.id)).get()));
      expect(card.experimentCount).toBe(countWhere(db().select({ n: count() }).from(experiments).where(eq(experiments.zoneId, card.id)).get()));
      expect(card.ideaCount).toBe(countWhere(db().select({ n: count() }).from(ideas).where(eq(ideas.zoneId, card.id)).get()));
    }
  });

  it("give each meeting in the list its own number of agenda items", () => {
    const shown = [...listMeetings(director(), "upcoming", "2000-01-01").rows, ...listMeetings(director(), "past", "2000-01-01").rows];
    expect(shown.some((meeting) => meeting.itemCount > 1)).toBe(true);
    for (const meeting of shown) {
      expect(meeting.itemCount).toBe(countWhere(db().select({ n: count() }).from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).get()));
    }
  });

  it("name the outer query's table", () => {
    const query = db()
      .select({ id: meetings.id, items: sql`(select count(*) from agenda_items a where a.meeting_id = ${outer(meetings.id)})` })
      .from(meetings)
      .toSQL().sql;
    expect(query).toContain('a.meeting_id = "meetings"."id"');
  });
});
