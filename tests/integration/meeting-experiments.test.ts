import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decisions, experiments, projects, zones } from "@/db/schema";
import { queueKey } from "@/lib/domain/meetings";
import { ValidationError } from "@/lib/services/errors";
import { addQueueItem, recordDecision } from "@/lib/services/meetings";
import { expectMeetingRefused, newMeeting, seedMeetingWorld } from "./meeting-fixtures";
import { form } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();

function arrangeZone(sponsorId: number, leadId: number) {
  return db()
    .insert(zones)
    .values({ name: "Data og AI", slug: "data-og-ai", sponsorId, leadId, riskFrameKr: 500_000 })
    .returning({ id: zones.id })
    .get().id;
}

function insertExperiment(zoneId: number, createdById: number, values: Partial<typeof experiments.$inferInsert>) {
  return db()
    .insert(experiments)
    .values({ zoneId, createdById, title: "Generativ AI i journalføring", hypothesis: "Vi tror at…", moneyAtRiskKr: 600_000, ...values })
    .returning({ id: experiments.id })
    .get().id;
}

describe("board decisions on experiments apply themselves", () => {
  it("approving an experiment over the frame starts it", () => {
    const world = seedMeetingWorld(db());
    const zoneId = arrangeZone(world.director.id, world.lead.id);
    const experimentId = insertExperiment(zoneId, world.lead.id, { state: "awaiting_approval" });
    const meetingId = newMeeting(world);
    const itemId = addQueueItem(world.director, meetingId, form({ key: queueKey("experiment_approval", experimentId) }));

    recordDecision(world.director2, itemId, form({ outcome: "approved", text: "Rammen hæves midlertidigt." }));
    const experiment = db().select().from(experiments).where(eq(experiments.id, experimentId)).get()!;
    expect(experiment.state).toBe("running");
    expect(experiment.approvedById).toBe(world.director2.id);
  });

  it("rejecting it closes it, and a postponed decision leaves it waiting", () => {
    const world = seedMeetingWorld(db());
    const zoneId = arrangeZone(world.director.id, world.lead.id);
    const rejected = insertExperiment(zoneId, world.lead.id, { state: "awaiting_approval" });
    const postponed = insertExperiment(zoneId, world.lead.id, { state: "awaiting_approval", title: "Chatbot" });
    const meetingId = newMeeting(world);
    const first = addQueueItem(world.director, meetingId, form({ key: queueKey("experiment_approval", rejected) }));
    const second = addQueueItem(world.director, meetingId, form({ key: queueKey("experiment_approval", postponed) }));

    recordDecision(world.director, first, form({ outcome: "rejected", text: "For stor risiko i år." }));
    recordDecision(world.director, second, form({ outcome: "postponed", text: "Tages op i januar." }));
    const state = (id: number) => db().select({ state: experiments.state }).from(experiments).where(eq(experiments.id, id)).get()!.state;
    expect(state(rejected)).toBe("rejected");
    expect(state(postponed)).toBe("awaiting_approval");
  });

  it("approving a scaled experiment promotes it to a project in analysis in the zone", () => {
    const world = seedMeetingWorld(db());
    const zoneId = arrangeZone(world.director.id, world.lead.id);
    const experimentId = insertExperiment(zoneId, world.lead.id, { state: "finished", decision: "scale", learning: "Det virker." });
    const meetingId = newMeeting(world);
    const itemId = addQueueItem(world.director, meetingId, form({ key: queueKey("experiment_scale", experimentId) }));

    const decision = { outcome: "approved", text: "Skalér til alle plejecentre." };
    const refused = expectMeetingRefused(db(), ValidationError, () => recordDecision(world.director, itemId, form(decision)));
    expect(refused.fieldErrors).toMatchObject({
      departmentId: ["Vælg den afdeling, projektet skal høre til"],
      purpose: ["Vælg projektets formål"],
      approvedBudgetKr: ["Angiv projektets første budget i kr."],
    });
    expect(db().select().from(decisions).all()).toEqual([]);

    recordDecision(world.director, itemId, form({ ...decision, departmentId: world.deptB, purpose: "efficiency", approvedBudgetKr: "1.200.000" }));
    const experiment = db().select().from(experiments).where(eq(experiments.id, experimentId)).get()!;
    expect(experiment.promotedProjectId).not.toBeNull();
    const project = db().select().from(projects).where(eq(projects.id, experiment.promotedProjectId!)).get()!;
    expect(project).toMatchObject({
      phase: "analysis",
      zoneId,
      departmentId: world.deptB,
      purpose: "efficiency",
      approvedBudgetKr: 1_200_000,
      ownerId: world.director.id,
      leadId: world.lead.id,
    });
  });
});
