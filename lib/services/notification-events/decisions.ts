import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { experiments, projects, zones } from "@/db/schema";
import type { ControlledProjectField, DecisionOutcome, Phase } from "@/lib/codes";
import {
  boardDecisionText,
  changeRequestDecisionText,
  experimentDecisionText,
  gateDecisionText,
  rebaselineDecisionText,
  type ExperimentOutcome,
  type NotificationText,
} from "@/lib/domain/notification-texts";
import type { ActingUser } from "../guard";
import { recordNotifications } from "../notifications";
import { projectPeople } from "./recipients";

/**
 * "A decision on my project, benefit, experiment or change request" (decision_made). Each is called once, by the
 * function that applies the decision, whether a director decides on the page or the board in a meeting; the dedupe
 * key (one per decided request) makes a second call create nothing. The one who decided is not told.
 */
type Project = { code: string; title: string; ownerId: number; leadId: number };

function notifyDecision(tx: DbOrTx, actor: ActingUser, userIds: (number | null)[], text: NotificationText, dedupeKey: string, now: Date): void {
  recordNotifications(
    tx,
    { userIds: userIds.filter((id): id is number => id !== null), exceptUserId: actor.id, kind: "decision_made", ...text, dedupeKey },
    now,
  );
}

export function notifyGateDecision(
  tx: DbOrTx,
  actor: ActingUser,
  project: Project,
  gate: { id: number; fromPhase: Phase; toPhase: Phase; requestedById: number },
  decision: "approved" | "rejected",
  comment: string,
  now: Date,
): void {
  const text = gateDecisionText(project, gate, decision, comment);
  notifyDecision(tx, actor, [...projectPeople(project), gate.requestedById], text, `decision:gate:${gate.id}`, now);
}

export function notifyChangeRequestDecision(
  tx: DbOrTx,
  actor: ActingUser,
  project: Project,
  request: { id: number; requestedById: number; changes: { field: ControlledProjectField; newValue: unknown }[] },
  decision: "approved" | "rejected",
  comment: string,
  now: Date,
): void {
  const text = changeRequestDecisionText(project, request.changes.map((change) => change.field), decision, comment);
  // An approved change of owner is news to the new owner as well.
  const newOwner = decision === "approved" ? request.changes.find((change) => change.field === "ownerId")?.newValue : undefined;
  const people = [...projectPeople(project), request.requestedById, newOwner == null ? null : Number(newOwner)];
  notifyDecision(tx, actor, people, text, `decision:change-request:${request.id}`, now);
}

export function notifyRebaselineDecision(
  tx: DbOrTx,
  actor: ActingUser,
  project: Project,
  benefit: { title: string; ownerId: number | null },
  request: { id: number; requestedById: number },
  decision: "approved" | "rejected",
  comment: string,
  now: Date,
): void {
  const text = rebaselineDecisionText(project, benefit.title, decision, comment);
  notifyDecision(tx, actor, [...projectPeople(project), benefit.ownerId, request.requestedById], text, `decision:rebaseline:${request.id}`, now);
}

/** The experiment's creator and its zone's lead. */
function experimentPeople(tx: DbOrTx, experimentId: number) {
  return tx
    .select({ id: experiments.id, title: experiments.title, createdById: experiments.createdById, zoneLeadId: zones.leadId })
    .from(experiments)
    .innerJoin(zones, eq(zones.id, experiments.zoneId))
    .where(eq(experiments.id, experimentId))
    .get();
}

export function notifyExperimentDecision(tx: DbOrTx, actor: ActingUser, experimentId: number, outcome: ExperimentOutcome, now: Date): void {
  const experiment = experimentPeople(tx, experimentId);
  if (!experiment) return;
  const text = experimentDecisionText(experiment, outcome);
  const people = [experiment.createdById, experiment.zoneLeadId, ...(outcome.kind === "promoted" ? [outcome.ownerId] : [])];
  notifyDecision(tx, actor, people, text, `decision:experiment:${experimentId}:${outcome.kind}`, now);
}

/**
 * A board decision that applies nothing by itself (Udsat, Justeret, a discussed red project, a scaling not
 * approved): the people of the item's project, else of its experiment. Decisions that apply themselves notify
 * through the function that applies them instead, so nobody hears of one decision twice.
 */
export function notifyBoardDecision(
  tx: DbOrTx,
  actor: ActingUser,
  item: { id: number; title: string; projectId: number | null; experimentId: number | null },
  outcome: DecisionOutcome,
  text: string,
  now: Date,
): void {
  const dedupeKey = `decision:agenda-item:${item.id}`;
  if (item.projectId) {
    const project = tx.select({ code: projects.code, ownerId: projects.ownerId, leadId: projects.leadId }).from(projects).where(eq(projects.id, item.projectId)).get();
    if (!project) return;
    notifyDecision(tx, actor, projectPeople(project), boardDecisionText(item.title, outcome, text, `/projects/${encodeURIComponent(project.code)}`), dedupeKey, now);
  } else if (item.experimentId) {
    const experiment = experimentPeople(tx, item.experimentId);
    if (!experiment) return;
    const link = `/experiments/${experiment.id}`;
    notifyDecision(tx, actor, [experiment.createdById, experiment.zoneLeadId], boardDecisionText(item.title, outcome, text, link), dedupeKey, now);
  }
}
