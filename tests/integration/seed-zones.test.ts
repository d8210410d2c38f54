import { getTableName } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dropAllTables, seedDemo } from "@/db/seed";
import { migrateDatabase } from "@/db/migrate";
import { experiments, ideaComments, ideas, ideaVotes, inspirations, projects, users, zoneMembers, zones } from "@/db/schema";
import { experimentStates, ideaStatuses, sharingLevels } from "@/lib/codes";
import { verifyAuditChain } from "@/lib/audit";
import { daysBetween, toDay } from "@/lib/domain/dates";
import { riskFrameVerdict } from "@/lib/domain/experiments";
import { searchLearnings } from "@/lib/queries/learnings";
import { learningFilterSchema } from "@/lib/validation/learnings";
import { loadDemoDatabase, withTempDatabase } from "./temp-database";

const db = withTempDatabase();

async function seeded() {
  const now = await loadDemoDatabase();
  const everyUser = db().select().from(users).all();
  return {
    today: toDay(now),
    userById: new Map(everyUser.map((user) => [user.id, user])),
    allZones: db().select().from(zones).all(),
    members: db().select().from(zoneMembers).all(),
    allExperiments: db().select().from(experiments).all(),
    allProjects: db().select().from(projects).all(),
  };
}

const runningAtRisk = (list: (typeof experiments.$inferSelect)[], zoneId: number) =>
  list.filter((experiment) => experiment.zoneId === zoneId && experiment.state === "running").reduce((sum, experiment) => sum + experiment.moneyAtRiskKr, 0);

describe("zones demo seed", () => {
  it("creates five or more active zones anchored with a director, a lead, members and a MED representative", async () => {
    const { allZones, members, userById, allProjects } = await seeded();
    expect(allZones.length).toBeGreaterThanOrEqual(5);
    for (const name of ["Velfærdsteknologi", "Data og AI", "Borgerservice og selvbetjening", "Klima og sensorer", "Fremtidens arbejdsplads"]) {
      expect(allZones.map((zone) => zone.name)).toContain(name);
    }
    expect(allZones.find((zone) => zone.name === "Velfærdsteknologi")?.slug).toBe("velfaerdsteknologi");
    for (const zone of allZones) {
      expect(zone.slug, zone.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(zone.status).toBe("active");
      expect(zone.strategyGoalId, zone.name).not.toBeNull();
      expect(zone.purpose.split(". ").length, zone.name).toBeGreaterThanOrEqual(2);
      expect(zone.theme.trim()).not.toBe("");
      expect(zone.cadence).toMatch(/^Hver /);
      expect(zone.riskFrameKr).toBeGreaterThanOrEqual(500_000);
      expect(zone.riskFrameKr).toBeLessThanOrEqual(2_000_000);
      expect(userById.get(zone.sponsorId!)?.role, zone.name).toBe("director");
      expect(userById.get(zone.leadId!), zone.name).toBeDefined();
      const own = members.filter((member) => member.zoneId === zone.id);
      expect(own.length, zone.name).toBeGreaterThanOrEqual(4);
      expect(own.length, zone.name).toBeLessThanOrEqual(8);
      expect(own.filter((member) => member.isMedRepresentative).length, zone.name).toBe(1);
      expect(allProjects.filter((project) => project.zoneId === zone.id).length, zone.name).toBeGreaterThanOrEqual(2);
    }
    const sponsorEmails = allZones.map((zone) => userById.get(zone.sponsorId!)?.email);
    const leads = allZones.map((zone) => userById.get(zone.leadId!)!);
    expect(sponsorEmails).toContain("direktor@egeby.dk");
    expect(leads.map((lead) => lead.email)).toContain("afdelingschef@egeby.dk");
    expect(leads.map((lead) => lead.email)).toContain("medarbejder@egeby.dk");
    expect(leads.some((lead) => lead.role === "staff")).toBe(true);
    const zoned = allProjects.filter((project) => project.zoneId !== null).length;
    expect(zoned).toBeGreaterThanOrEqual(10);
    expect(zoned).toBeLessThanOrEqual(16);
  });

  it("has experiments in every state with full test cards made by zone members", async () => {
    const { allExperiments, members, allZones } = await seeded();
    expect(allExperiments.length).toBeGreaterThanOrEqual(15);
    expect(allExperiments.length).toBeLessThanOrEqual(20);
    expect(new Set(allExperiments.map((experiment) => experiment.state))).toEqual(new Set(experimentStates));
    const zoneById = new Map(allZones.map((zone) => [zone.id, zone]));
    for (const experiment of allExperiments) {
      expect(experiment.hypothesis, experiment.title).toMatch(/^Vi tror at /);
      expect(experiment.test, experiment.title).toMatch(/^For at afprøve det vil vi /);
      for (const field of ["metric", "successCriterion", "technology", "involvementPlanned"] as const) {
        expect(experiment[field].trim(), `${experiment.title} ${field}`).not.toBe("");
      }
      expect(experiment.periodStart! < experiment.periodEnd!).toBe(true);
      expect(experiment.moneyAtRiskKr).toBeGreaterThan(0);
      const zone = zoneById.get(experiment.zoneId)!;
      const memberIds = members.filter((member) => member.zoneId === zone.id).map((member) => member.userId);
      expect(memberIds, experiment.title).toContain(experiment.createdById);
    }
    expect(new Set(allExperiments.map((experiment) => experiment.radarRing))).toEqual(new Set(["adopt", "trial", "assess", "hold"]));
  });

  it("keeps exactly one experiment waiting because it would take its zone over the frame, and one zone near its frame", async () => {
    const { allExperiments, allZones } = await seeded();
    const waiting = allExperiments.filter((experiment) => experiment.state === "awaiting_approval");
    expect(waiting).toHaveLength(1);
    const waitingZone = allZones.find((zone) => zone.id === waiting[0].zoneId)!;
    expect(riskFrameVerdict(waitingZone.riskFrameKr, runningAtRisk(allExperiments, waitingZone.id), waiting[0].moneyAtRiskKr).exceeds).toBe(true);

    const shares = allZones.map((zone) => riskFrameVerdict(zone.riskFrameKr, runningAtRisk(allExperiments, zone.id)));
    const near = shares.filter((verdict) => verdict.share > 0.8 && verdict.share <= 1);
    expect(near).toHaveLength(1);
    expect(near[0].warn).toBe(true);
    for (const verdict of shares) expect(verdict.exceeds).toBe(false);
  });

  it("gives finished experiments learning cards across decisions and sharing levels, one scaled but not yet promoted", async () => {
    const { allExperiments, allProjects, today } = await seeded();
    const finished = allExperiments.filter((experiment) => experiment.state === "finished");
    expect(finished.length).toBeGreaterThanOrEqual(5);
    for (const experiment of finished) {
      expect(experiment.observation.trim()).not.toBe("");
      expect(experiment.learning.trim()).not.toBe("");
      expect(experiment.decision).not.toBeNull();
      expect(experiment.evidenceStrength).not.toBeNull();
      expect(experiment.finishedAt!.slice(0, 10) <= today).toBe(true);
      expect(experiment.finishedAt! > experiment.createdAt).toBe(true);
    }
    for (const experiment of allExperiments.filter((candidate) => candidate.state !== "finished")) {
      expect(experiment.finishedAt).toBeNull();
      expect(experiment.decision).toBeNull();
      expect(experiment.promotedProjectId).toBeNull();
    }
    expect(new Set(finished.map((experiment) => experiment.sharing))).toEqual(new Set(sharingLevels));
    expect(finished.filter((experiment) => experiment.sharing === "public").length).toBeGreaterThanOrEqual(2);
    expect(new Set(finished.map((experiment) => experiment.decision))).toEqual(new Set(["scale", "adjust", "stop", "continue"]));

    const scaled = finished.filter((experiment) => experiment.decision === "scale");
    expect(scaled.some((experiment) => experiment.promotedProjectId === null)).toBe(true);
    const promoted = scaled.filter((experiment) => experiment.promotedProjectId !== null);
    expect(promoted).toHaveLength(1);
    expect(allProjects.find((project) => project.id === promoted[0].promotedProjectId)?.zoneId).toBe(promoted[0].zoneId);
  });

  it("fills the idea box with votes, comments and every status, linked where the status says so", async () => {
    const { allExperiments, userById, today } = await seeded();
    const allIdeas = db().select().from(ideas).all();
    const votes = db().select().from(ideaVotes).all();
    const comments = db().select().from(ideaComments).all();
    expect(allIdeas.length).toBeGreaterThanOrEqual(20);
    expect(new Set(allIdeas.map((idea) => idea.status))).toEqual(new Set(ideaStatuses));
    expect(new Set(allIdeas.map((idea) => idea.authorId)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(allIdeas.map((idea) => idea.departmentId)).size).toBeGreaterThanOrEqual(6);
    for (const idea of allIdeas) {
      const ideaVoters = votes.filter((vote) => vote.ideaId === idea.id).map((vote) => vote.userId);
      expect(ideaVoters.length).toBeLessThanOrEqual(15);
      expect(new Set(ideaVoters).size).toBe(ideaVoters.length);
      expect(ideaVoters).not.toContain(idea.authorId);
      expect(comments.filter((comment) => comment.ideaId === idea.id).length).toBeLessThanOrEqual(4);
      expect(idea.departmentId).toBe(userById.get(idea.authorId)!.departmentId);
      expect(idea.rejectionReason !== null, idea.title).toBe(idea.status === "rejected");
      expect(idea.experimentId !== null, idea.title).toBe(idea.status === "to_experiment");
      expect(idea.projectId !== null, idea.title).toBe(idea.status === "became_project");
      if (idea.status === "to_experiment") {
        const experiment = allExperiments.find((candidate) => candidate.id === idea.experimentId)!;
        expect(experiment.state).toBe("draft");
        expect(experiment.ideaId).toBe(idea.id);
        expect(idea.zoneId).toBe(experiment.zoneId);
      }
    }
    expect(votes.length).toBeGreaterThan(allIdeas.length * 3);
    expect(comments.length).toBeGreaterThan(allIdeas.length);
    expect(allIdeas.some((idea) => votes.every((vote) => vote.ideaId !== idea.id))).toBe(true);
    for (const row of [...votes, ...comments]) expect(row.createdAt.slice(0, 10) <= today).toBe(true);
    expect(comments.some((comment) => /[æøå]/i.test(comment.body))).toBe(true);
  });

  it("logs fifteen or more inspirations from the last year across five or more source kinds", async () => {
    const { today } = await seeded();
    const all = db().select().from(inspirations).all();
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((inspiration) => inspiration.sourceKind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(all.map((inspiration) => inspiration.createdById)).size).toBeGreaterThanOrEqual(8);
    for (const inspiration of all) {
      expect(inspiration.link).toMatch(/^https:\/\//);
      expect(daysBetween(inspiration.date, today)).toBeGreaterThan(0);
      expect(daysBetween(inspiration.date, today)).toBeLessThanOrEqual(365);
      expect(inspiration.takeaway.split(". ").length).toBeGreaterThanOrEqual(2);
    }
    expect(all.filter((inspiration) => inspiration.zoneId !== null || inspiration.projectId !== null).length).toBeGreaterThan(all.length * 0.75);
  });

  it("indexes the finished experiments and the inspirations for the Erfaringsbank search", async () => {
    const { allExperiments } = await seeded();
    const counts = new Map(
      (db().$client.prepare("select type, count(*) as n from search_documents where deleted = 0 group by type").all() as { type: string; n: number }[]).map((row) => [
        row.type,
        row.n,
      ]),
    );
    expect(counts.get("learning_experiment")).toBe(allExperiments.filter((experiment) => experiment.state === "finished").length);
    expect(counts.get("inspiration")).toBe(db().select().from(inspirations).all().length);
    const hits = searchLearnings(learningFilterSchema.parse({ q: "faldsensorer", kind: "experiment" }));
    expect(hits.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps the audit chain intact and seeds the same zones data for the same date", async () => {
    const now = new Date("2026-03-31T10:00:00Z");
    await seedDemo(db(), now);
    expect(verifyAuditChain(db()).ok).toBe(true);

    const snapshot = () =>
      [zones, zoneMembers, experiments, ideas, ideaVotes, ideaComments, inspirations].map((table) =>
        db().$client.prepare(`select * from "${getTableName(table)}" order by rowid`).all(),
      );
    const first = snapshot();
    dropAllTables(db());
    migrateDatabase(db());
    await seedDemo(db(), now);
    expect(snapshot()).toEqual(first);
  });
});
