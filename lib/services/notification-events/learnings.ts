import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { experiments, projects } from "@/db/schema";
import { shareLinkCreatedText } from "@/lib/domain/notification-texts";
import type { ActingUser } from "../guard";
import { recordNotifications } from "../notifications";
import { nameOf, projectPeople } from "./recipients";

/** The learning's title and who it belongs to: a closed project's owner and lead; an experiment's creator and, when it belongs to a project, that project's owner and lead. */
function learningPeople(tx: DbOrTx, ref: { kind: "experiment" | "project"; id: number }): { title: string; userIds: number[] } | null {
  const projectOf = (projectId: number) =>
    tx.select({ title: projects.title, ownerId: projects.ownerId, leadId: projects.leadId }).from(projects).where(eq(projects.id, projectId)).get();
  if (ref.kind === "project") {
    const project = projectOf(ref.id);
    return project ? { title: project.title, userIds: projectPeople(project) } : null;
  }
  const experiment = tx
    .select({ title: experiments.title, createdById: experiments.createdById, projectId: experiments.projectId })
    .from(experiments)
    .where(eq(experiments.id, ref.id))
    .get();
  if (!experiment) return null;
  const project = experiment.projectId ? projectOf(experiment.projectId) : undefined;
  return { title: experiment.title, userIds: [experiment.createdById, ...(project ? projectPeople(project) : [])] };
}

/** A share link created for my project's learning (share_link_created): everyone but its creator. */
export function notifyShareLinkCreated(tx: DbOrTx, actor: ActingUser, ref: { kind: "experiment" | "project"; id: number }, linkId: number, now: Date): void {
  const learning = learningPeople(tx, ref);
  if (!learning) return;
  const text = shareLinkCreatedText({ ...ref, title: learning.title }, nameOf(tx, actor.id));
  recordNotifications(tx, { userIds: learning.userIds, exceptUserId: actor.id, kind: "share_link_created", ...text, dedupeKey: `share-link:${linkId}` }, now);
}
