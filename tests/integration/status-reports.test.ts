import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { projects, statusReports } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { createStatusReport, proposalsForProject, publishStatusReport, reportErrors } from "@/lib/services/status-reports";
import { statusReportSchema } from "@/lib/validation/project-items";
import {
  caught,
  editorPicks,
  expectForbidden,
  expectRefusedUnchanged,
  fixedNow,
  form,
  nonEditorPicks,
  projectCode,
  seedWorld,
  snapshot,
  successAudit,
  type World,
} from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;

beforeEach(() => {
  world = seedWorld(db());
});

const allGreen = {
  reportDate: "2026-11-26",
  timeLight: "green",
  economyLight: "green",
  deliveryLight: "green",
  riskLight: "green",
  benefitsLight: "green",
  overallLight: "green",
};

const report = (values: Record<string, string> = {}) => form({ ...allGreen, ...values });
const reportRow = (id: number) => db().select().from(statusReports).where(eq(statusReports.id, id)).get()!;
const reports = () => db().select().from(statusReports).all();

/** The fixture project expects to finish two months after its planned end (1–3 months late: yellow). */
function delayTwoMonths(): void {
  db().update(projects).set({ baselineEnd: "2026-12-18", forecastEnd: "2027-02-18" }).where(eq(projects.id, world.project.id)).run();
}

describe("createStatusReport", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} publish a report at once, freezing the proposals, and audits it`, () => {
      const actor = pick(world);
      const id = createStatusReport(actor, projectCode, report({ intent: "publish" }), fixedNow);
      const row = reportRow(id);
      expect(row).toMatchObject({
        projectId: world.project.id,
        reportDate: "2026-11-26",
        state: "published",
        timeLight: "green",
        overallLight: "green",
        authorId: actor.id,
        publishedAt: fixedNow.toISOString(),
        publishedById: actor.id,
        version: 1,
      });
      expect(JSON.parse(row.overrideReasons)).toEqual({});
      expect(JSON.parse(row.proposals)).toMatchObject({
        time: { light: "green" },
        economy: { light: "green" },
        delivery: null,
        risk: null,
        benefits: null,
        overall: { light: "green" },
      });
      const events = successAudit(db(), "status_report.publish");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toMatchObject({ reportId: id, overall: "green" });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      expectForbidden(db(), actor, "status_report.create", () => createStatusReport(actor, projectCode, report({ intent: "publish" }), fixedNow));
      expectForbidden(db(), actor, "status_report.create", () => createStatusReport(actor, projectCode, report({ intent: "draft" }), fixedNow));
    });
  }

  it("keeps a report as a draft unless the intent is publish", () => {
    const explicit = createStatusReport(world.lead, projectCode, report({ intent: "draft" }), fixedNow);
    const implicit = createStatusReport(world.lead, projectCode, report(), fixedNow);
    for (const id of [explicit, implicit]) {
      expect(reportRow(id)).toMatchObject({ state: "draft", publishedAt: null, publishedById: null, authorId: world.lead.id });
    }
    expect(successAudit(db(), "status_report.draft")).toHaveLength(2);
    expect(successAudit(db(), "status_report.publish")).toEqual([]);
  });

  it("proposes yellow time for a project two months late", () => {
    delayTwoMonths();
    const proposals = proposalsForProject(projectCode);
    expect(proposals.time).toEqual({ light: "yellow", explanation: "2 måneder forsinket" });
    expect(proposals.economy?.light).toBe("green");
    expect(proposals.overall?.light).toBe("yellow");
  });

  it("refuses green time against a yellow proposal without an override reason; the overall proposal follows the lights as chosen", () => {
    delayTwoMonths();
    const error = expectRefusedUnchanged(db(), ValidationError, () => createStatusReport(world.lead, projectCode, report({ intent: "publish" }), fixedNow));
    expect(error.fieldErrors.timeOverrideReason).toEqual(["Portalen foreslår gul; begrund, hvorfor du vælger grøn"]);
    expect(error.fieldErrors.overallOverrideReason).toBeUndefined();
    expect(error.fieldErrors.economyOverrideReason).toBeUndefined();
    expect(reports()).toEqual([]);
  });

  it("stores the override reasons when green is chosen against the proposal with a reason", () => {
    delayTwoMonths();
    const id = createStatusReport(
      world.lead,
      projectCode,
      report({
        intent: "publish",
        timeOverrideReason: "Leverandøren har lovet levering før jul",
        overallOverrideReason: "ignoreres, det samlede lys følger de valgte",
        economyOverrideReason: "ignoreres, økonomien følger forslaget",
      }),
      fixedNow,
    );
    const row = reportRow(id);
    expect(row.state).toBe("published");
    expect(JSON.parse(row.overrideReasons)).toEqual({ time: "Leverandøren har lovet levering før jul" });
    expect(JSON.parse(row.proposals).time).toEqual({ light: "yellow", explanation: "2 måneder forsinket" });
    expect(JSON.parse(successAudit(db(), "status_report.publish")[0].changes!).overrides).toEqual({ time: "Leverandøren har lovet levering før jul" });
  });

  it("needs no reason when the proposal is followed", () => {
    delayTwoMonths();
    const id = createStatusReport(
      world.lead,
      projectCode,
      report({ timeLight: "yellow", timeComment: "Leverancen er forsinket", overallLight: "yellow", overallComment: "Tiden er presset" }),
      fixedNow,
    );
    expect(reportRow(id)).toMatchObject({ timeLight: "yellow", timeComment: "Leverancen er forsinket", overallLight: "yellow" });
    expect(JSON.parse(reportRow(id).overrideReasons)).toEqual({});
  });

  it("refuses yellow against a red economy proposal without a reason", () => {
    db().update(projects).set({ approvedBudgetKr: 1_000_000, spentKr: 1_200_000 }).where(eq(projects.id, world.project.id)).run();
    const error = expectRefusedUnchanged(db(), ValidationError, () =>
      createStatusReport(
        world.lead,
        projectCode,
        report({ economyLight: "yellow", economyComment: "Merforbrug", overallLight: "yellow", overallComment: "Økonomien skrider" }),
        fixedNow,
      ),
    );
    expect(error.fieldErrors).toEqual({ economyOverrideReason: ["Portalen foreslår rød; begrund, hvorfor du vælger gul"] });
  });

  it("refuses yellow or red without a comment, in every dimension", () => {
    const error = expectRefusedUnchanged(db(), ValidationError, () =>
      createStatusReport(
        world.lead,
        projectCode,
        report({
          deliveryLight: "yellow",
          riskLight: "red",
          riskComment: "   ",
          benefitsLight: "yellow",
          benefitsComment: "Ikke målt endnu",
          overallLight: "red",
          overallComment: "Risikoen er høj",
          benefitsOverrideReason: "Ikke målt endnu",
          intent: "publish",
        }),
        fixedNow,
      ),
    );
    expect(error.fieldErrors).toEqual({
      deliveryComment: ["Skriv en kommentar til leverance/kvalitet: gul skal begrundes"],
      riskComment: ["Skriv en kommentar til risiko: rød skal begrundes"],
    });
  });

  it("proposes the overall light from the author's own delivery and risk lights: a red delivery under a green overall needs a reason", () => {
    const error = expectRefusedUnchanged(db(), ValidationError, () =>
      createStatusReport(world.lead, projectCode, report({ deliveryLight: "red", deliveryComment: "Leverandøren leverer ikke" }), fixedNow),
    );
    expect(error.fieldErrors).toEqual({ overallOverrideReason: ["Portalen foreslår rød; begrund, hvorfor du vælger grøn"] });
    const id = createStatusReport(
      world.lead,
      projectCode,
      report({ deliveryLight: "red", deliveryComment: "Leverandøren leverer ikke", overallLight: "red", overallComment: "Leverancen er i fare" }),
      fixedNow,
    );
    expect(JSON.parse(reportRow(id).proposals).overall).toEqual({ light: "red", explanation: "Den dårligste af dimensionerne" });
    expect(JSON.parse(reportRow(id).overrideReasons)).toEqual({});
  });

  it("refuses a report dated after today", () => {
    const error = expectRefusedUnchanged(db(), ValidationError, () => createStatusReport(world.lead, projectCode, report({ reportDate: "2026-11-28" }), fixedNow));
    expect(error.fieldErrors).toEqual({ reportDate: ["Rapportdatoen kan ikke ligge i fremtiden"] });
    expect(createStatusReport(world.lead, projectCode, report({ reportDate: "2026-11-27" }), fixedNow)).toBeGreaterThan(0);
  });

  it("refuses a red overall without comment on top of its override reason", () => {
    const error = expectRefusedUnchanged(db(), ValidationError, () =>
      createStatusReport(world.lead, projectCode, report({ overallLight: "red" }), fixedNow),
    );
    expect(error.fieldErrors).toEqual({
      overallComment: ["Skriv en kommentar til samlet status: rød skal begrundes"],
      overallOverrideReason: ["Portalen foreslår grøn; begrund, hvorfor du vælger rød"],
    });
  });

  it("refuses a missing light or a malformed date", () => {
    const noLight = expectRefusedUnchanged(db(), ValidationError, () =>
      createStatusReport(world.lead, projectCode, form({ ...allGreen, timeLight: undefined }), fixedNow),
    );
    expect(noLight.fieldErrors.timeLight).toEqual(["Vælg en farve for tid"]);
    const badDate = expectRefusedUnchanged(db(), ValidationError, () => createStatusReport(world.lead, projectCode, report({ reportDate: "i går" }), fixedNow));
    expect(badDate.fieldErrors.reportDate?.[0]).toBe("Rapportdatoen skal være en gyldig dato");
    const badLight = expectRefusedUnchanged(db(), ValidationError, () => createStatusReport(world.lead, projectCode, report({ riskLight: "blue" }), fixedNow));
    expect(badLight.fieldErrors.riskLight).toEqual(["Vælg en farve for risiko"]);
  });

  it("answers an unknown project with NotFoundError", () => {
    expect(caught(() => createStatusReport(world.director, "DIG-2026-999", report(), fixedNow))).toBeInstanceOf(NotFoundError);
  });
});

describe("publishStatusReport", () => {
  const draft = () => createStatusReport(world.lead, projectCode, report({ intent: "draft", reportDate: "2026-11-20" }), new Date("2026-11-20T08:00:00Z"));

  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} publish a draft and audits it`, () => {
      const actor = pick(world);
      const id = draft();
      publishStatusReport(actor, id, fixedNow);
      expect(reportRow(id)).toMatchObject({
        state: "published",
        publishedAt: fixedNow.toISOString(),
        publishedById: actor.id,
        authorId: world.lead.id,
        version: 2,
        updatedAt: fixedNow.toISOString(),
      });
      const events = successAudit(db(), "status_report.publish");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({ reportId: id });
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      const id = draft();
      expectForbidden(db(), actor, "status_report.publish", () => publishStatusReport(actor, id, fixedNow));
      expect(reportRow(id).state).toBe("draft");
    });
  }

  it("refuses to publish a published report again and changes nothing", () => {
    const id = draft();
    publishStatusReport(world.lead, id, fixedNow);
    const frozen = reportRow(id);
    const error = expectRefusedUnchanged(db(), ConflictError, () => publishStatusReport(world.director, id, new Date("2026-12-01T08:00:00Z")));
    expect(error.message).toBe("Rapporten er allerede udgivet og kan ikke ændres.");
    expect(reportRow(id)).toEqual(frozen);
    expect(successAudit(db(), "status_report.publish")).toHaveLength(1);
  });

  it("refuses to republish a report that was published at creation", () => {
    const id = createStatusReport(world.lead, projectCode, report({ intent: "publish" }), fixedNow);
    expectRefusedUnchanged(db(), ConflictError, () => publishStatusReport(world.lead, id, new Date("2026-12-01T08:00:00Z")));
    expect(reportRow(id).publishedAt).toBe(fixedNow.toISOString());
  });

  it("answers an unknown report with NotFoundError and changes nothing", () => {
    const before = snapshot(db());
    expect(caught(() => publishStatusReport(world.director, 99_999, fixedNow))).toBeInstanceOf(NotFoundError);
    expect(snapshot(db())).toEqual(before);
  });
});

describe("reportErrors", () => {
  const parsed = (values: Record<string, string>) => statusReportSchema.parse({ ...allGreen, ...values });

  it("asks nothing of an all-green report without proposals", () => {
    const none = { time: null, economy: null, delivery: null, risk: null, benefits: null, overall: null };
    expect(reportErrors(parsed({}), none)).toEqual({});
  });

  it("asks for a reason only where the light differs from a proposal", () => {
    const yellow = { light: "yellow" as const, explanation: "" };
    const proposals = { time: yellow, economy: null, delivery: null, risk: null, benefits: null, overall: yellow };
    expect(Object.keys(reportErrors(parsed({ overallLight: "yellow", overallComment: "Presset" }), proposals))).toEqual(["timeOverrideReason"]);
    expect(reportErrors(parsed({ timeOverrideReason: "Indhentet", overallOverrideReason: "Indhentet" }), proposals)).toEqual({});
  });
});
