import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { projects, statusReports } from "@/db/schema";
import { type Light, reportDimensions, type ReportDimension, statusDimensions } from "@/lib/codes";
import { recordAudit } from "@/lib/audit";
import { lightLabels } from "@/lib/domain/labels";
import { toDay } from "@/lib/domain/dates";
import { proposeOverall, proposeStatus, type Proposal } from "@/lib/domain/status-proposal";
import { readSettings } from "@/lib/settings";
import { statusReportSchema, type StatusReportInput } from "@/lib/validation/project-items";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
import { loadProposalFacts } from "@/lib/queries/project-facts";
import { getProjectOrThrow } from "./projects";

const dimensionNames: Record<ReportDimension, string> = {
  time: "tid",
  economy: "økonomi",
  delivery: "leverance/kvalitet",
  risk: "risiko",
  benefits: "gevinster",
  overall: "samlet status",
};

/** Yellow and red need a comment; a light other than the proposal needs a reason. */
export function reportErrors(input: StatusReportInput, proposals: Record<ReportDimension, Proposal>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const dimension of reportDimensions) {
    const light = input[`${dimension}Light`];
    if (light !== "green" && !input[`${dimension}Comment`]) {
      errors[`${dimension}Comment`] = [`Skriv en kommentar til ${dimensionNames[dimension]}: ${lightLabels[light].toLowerCase()} skal begrundes`];
    }
    const proposal = proposals[dimension];
    if (proposal && proposal.light !== light && !input[`${dimension}OverrideReason`]) {
      errors[`${dimension}OverrideReason`] = [
        `Portalen foreslår ${lightLabels[proposal.light].toLowerCase()}; begrund, hvorfor du vælger ${lightLabels[light].toLowerCase()}`,
      ];
    }
  }
  return errors;
}

export function proposalsForProject(code: string) {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  const settings = readSettings();
  return proposeStatus(loadProposalFacts(db, project, settings.benefitTolerance), settings);
}

/** Writes a status report; intent "publish" freezes it at once, "draft" keeps it for later publishing. */
export function createStatusReport(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): number {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "status_report.create", objectType: "project", objectId: code });
  const input = parseInput(statusReportSchema, formData);
  const settings = readSettings(db);
  const proposed = proposeStatus(loadProposalFacts(db, project, settings.benefitTolerance), settings);
  const proposals = { ...proposed, overall: proposeOverall(statusDimensions.map((dimension) => input[`${dimension}Light`])) };
  const errors = reportErrors(input, proposals);
  if (input.reportDate > toDay(now)) errors.reportDate = ["Rapportdatoen kan ikke ligge i fremtiden"];
  if (Object.keys(errors).length) throw new ValidationError(errors);

  const overrideReasons = Object.fromEntries(
    reportDimensions.filter((d) => proposals[d] && proposals[d]!.light !== input[`${d}Light`]).map((d) => [d, input[`${d}OverrideReason`]]),
  );
  const publish = input.intent === "publish";
  const lightsAndComments = Object.fromEntries(
    reportDimensions.flatMap((d) => [
      [`${d}Light`, input[`${d}Light`]],
      [`${d}Comment`, input[`${d}Comment`]],
    ]),
  ) as Record<`${ReportDimension}Light`, Light> & Record<`${ReportDimension}Comment`, string>;

  return db.transaction((tx) => {
    const row = tx
      .insert(statusReports)
      .values({
        projectId: project.id,
        reportDate: input.reportDate,
        state: publish ? "published" : "draft",
        ...lightsAndComments,
        proposals: JSON.stringify(proposals),
        overrideReasons: JSON.stringify(overrideReasons),
        authorId: actor.id,
        publishedAt: publish ? now.toISOString() : null,
        publishedById: publish ? actor.id : null,
      })
      .returning({ id: statusReports.id })
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: publish ? "status_report.publish" : "status_report.draft",
      objectType: "project",
      objectId: code,
      changes: { reportId: row.id, overall: input.overallLight, overrides: overrideReasons },
    });
    return row.id;
  });
}

/** Publishes a draft; a published report is frozen and can only be superseded by a newer one. */
export function publishStatusReport(actor: ActingUser, reportId: number, now = new Date()): void {
  const db = getDb();
  const report = db.select().from(statusReports).where(eq(statusReports.id, reportId)).get();
  if (!report) throw new NotFoundError("Statusrapporten findes ikke.");
  const project = db.select().from(projects).where(eq(projects.id, report.projectId)).get();
  if (!project) throw new NotFoundError("Projektet findes ikke.");
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "status_report.publish", objectType: "project", objectId: project.code });
  db.transaction((tx) => {
    const result = tx
      .update(statusReports)
      .set({ state: "published", publishedAt: now.toISOString(), publishedById: actor.id, version: report.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(statusReports.id, reportId), eq(statusReports.state, "draft")))
      .run();
    if (result.changes === 0) throw new ConflictError("Rapporten er allerede udgivet og kan ikke ændres.");
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "status_report.publish",
      objectType: "project",
      objectId: project.code,
      changes: { reportId },
    });
  });
}
