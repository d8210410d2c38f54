import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { experiments, projects, zones } from "@/db/schema";
import { decisionOutcomeLabels } from "@/lib/domain/labels";
import type { DecisionOutcome } from "@/lib/codes";
import type { ActingUser } from "../guard";
import { recordNotifications } from "../notifications";
import { projectPeople } from "./recipients";

/** Tells the people who heard of a decision (the item's project, else its experiment) that it was undone. */
export function notifyDecisionUndone(
  tx: DbOrTx,
  actor: ActingUser,
  item: { title: string; projectId: number | null; experimentId: number | null },
  undo: { id: number; outcome: DecisionOutcome; reason: string },
  now: Date,
): void {
  let userIds: (number | null)[] = [];
  let link = "";
  if (item.projectId) {
    const project = tx.select({ code: projects.code, ownerId: projects.ownerId, leadId: projects.leadId }).from(projects).where(eq(projects.id, item.projectId)).get();
    if (!project) return;
    userIds = projectPeople(project);
    link = `/projects/${encodeURIComponent(project.code)}`;
  } else if (item.experimentId) {
    const experiment = tx
      .select({ createdById: experiments.createdById, zoneLeadId: zones.leadId })
      .from(experiments)
      .innerJoin(zones, eq(zones.id, experiments.zoneId))
      .where(eq(experiments.id, item.experimentId))
      .get();
    if (!experiment) return;
    userIds = [experiment.createdById, experiment.zoneLeadId];
    link = `/experiments/${item.experimentId}`;
  } else {
    return;
  }
  recordNotifications(
    tx,
    {
      userIds: userIds.filter((id): id is number => id !== null),
      exceptUserId: actor.id,
      kind: "decision_made",
      title: `Koncernledelsen har fortrudt en beslutning: ${item.title}`,
      body: `Beslutningen »${decisionOutcomeLabels[undo.outcome]}« er fortrudt. Begrundelse: ${undo.reason}`,
      link,
      dedupeKey: `decision-undo:${undo.id}`,
    },
    now,
  );
}
