import { departmentChoiceError } from "./department-choice";
import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { experiments, ideaComments, ideas, ideaVotes, projects, zoneMembers, zones } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ideaStatusLabels } from "@/lib/domain/labels";
import { zoneName } from "@/lib/queries/reference-names";
import { toggleVote } from "@/lib/domain/experiments";
import { ideaCommentSchema, ideaIdSchema, ideaSchema, ideaTriageSchema } from "@/lib/validation/ideas";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";
import { notifyIdeaCommented, notifyIdeaTriaged } from "./notification-events/ideas";

export const staleIdeaMessage = "Idéen er behandlet af en anden, siden du åbnede den. Intet er gemt; se den nye status og prøv igen.";

function getIdeaOrThrow(db: DbOrTx, id: number) {
  const idea = ideaIdSchema.safeParse(id).success ? db.select().from(ideas).where(eq(ideas.id, id)).get() : undefined;
  if (!idea) throw new NotFoundError("Idéen findes ikke.");
  return idea;
}

/** Staff triage only while they lead an active zone. */
export function leadsAnyZone(db: DbOrTx, userId: number): boolean {
  return Boolean(db.select({ id: zones.id }).from(zones).where(and(eq(zones.leadId, userId), eq(zones.status, "active"))).limit(1).get());
}

/** Every signed-in user submits ideas. */
export function submitIdea(actor: ActingUser, formData: FormData | Record<string, unknown>): { id: number } {
  authorize(actor, "idea.participate", undefined, { action: "idea.create", objectType: "idea" });
  const input = parseInput(ideaSchema, formData);
  const db = getDb();
  const departmentError = input.departmentId ? departmentChoiceError(db, input.departmentId) : null;
  if (departmentError) throw new ValidationError({ departmentId: [departmentError] });
  return db.transaction((tx) => {
    const columns = { title: input.title, description: input.description, departmentId: input.departmentId };
    const row = tx
      .insert(ideas)
      .values({ ...columns, authorId: actor.id })
      .returning({ id: ideas.id })
      .get();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "idea.create", objectType: "idea", objectId: row.id, changes: columns });
    return { id: row.id };
  });
}

export function commentOnIdea(actor: ActingUser, ideaId: number, formData: FormData | Record<string, unknown>, now = new Date()): { id: number } {
  authorize(actor, "idea.participate", undefined, { action: "idea.comment", objectType: "idea", objectId: ideaId });
  const db = getDb();
  const idea = getIdeaOrThrow(db, ideaId);
  const { body } = parseInput(ideaCommentSchema, formData);
  return db.transaction((tx) => {
    const row = tx.insert(ideaComments).values({ ideaId, authorId: actor.id, body }).returning({ id: ideaComments.id }).get();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "idea.comment", objectType: "idea", objectId: ideaId, changes: { commentId: row.id } });
    notifyIdeaCommented(tx, actor, idea, row.id, now);
    return { id: row.id };
  });
}

/** One vote per user per idea: pressing again withdraws it. */
export function toggleIdeaVote(actor: ActingUser, ideaId: number): { voted: boolean } {
  authorize(actor, "idea.participate", undefined, { action: "idea.vote", objectType: "idea", objectId: ideaId });
  const db = getDb();
  getIdeaOrThrow(db, ideaId);
  return db.transaction((tx) => {
    const mine = eq(ideaVotes.userId, actor.id);
    const existing = tx.select({ userId: ideaVotes.userId }).from(ideaVotes).where(and(eq(ideaVotes.ideaId, ideaId), mine)).get();
    const { voted } = toggleVote(new Set(existing ? [existing.userId] : []), actor.id);
    if (voted) tx.insert(ideaVotes).values({ ideaId, userId: actor.id }).run();
    else tx.delete(ideaVotes).where(and(eq(ideaVotes.ideaId, ideaId), mine)).run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "idea.vote", objectType: "idea", objectId: ideaId, changes: { voted } });
    return { voted };
  });
}

/** The zone a "Til forsøg" triage sends the idea to: active, and one the triager may add experiments to. */
function experimentZoneOrThrow(db: DbOrTx, actor: ActingUser, ideaId: number, zoneId: number) {
  const zone = db.select().from(zones).where(eq(zones.id, zoneId)).get();
  if (!zone || zone.status !== "active") throw new ValidationError({ zoneId: ["Vælg et aktivt udviklingsrum"] });
  const memberIds = db.select({ id: zoneMembers.userId }).from(zoneMembers).where(eq(zoneMembers.zoneId, zone.id)).all().map((row) => row.id);
  const zoneRef = { kind: "zone" as const, sponsorId: zone.sponsorId, leadId: zone.leadId, memberIds };
  const context = { action: "idea.triage", objectType: "idea", objectId: ideaId };
  authorize(actor, "idea.triage", zoneRef, context);
  // The draft experiment is the triager's, and its creator manages it: only someone who may add experiments to the zone sends ideas there.
  authorize(actor, "experiment.create", zoneRef, context);
  return zone;
}

/** The stored triage as the triage form names it, so a refused triager can see what another decided. */
function currentTriageValues(db: DbOrTx, idea: typeof ideas.$inferSelect): Record<string, string> {
  const project = idea.projectId === null ? undefined : db.select({ code: projects.code }).from(projects).where(eq(projects.id, idea.projectId)).get();
  return {
    status: ideaStatusLabels[idea.status],
    reason: idea.rejectionReason ?? "",
    zoneId: zoneName(db, idea.zoneId),
    projectCode: project?.code ?? "",
    version: String(idea.version),
  };
}

/**
 * Sets an idea's status. "Til forsøg" creates a draft experiment in the chosen zone and links it; "Afvist" needs a
 * reason the author sees; "Blevet projekt" may link an existing project by its code.
 */
export function triageIdea(actor: ActingUser, ideaId: number, formData: FormData | Record<string, unknown>, now = new Date()): { experimentId: number | null } {
  const db = getDb();
  authorize(actor, "idea.triage", { kind: "idea_box", leadsActiveZone: leadsAnyZone(db, actor.id) }, { action: "idea.triage", objectType: "idea", objectId: ideaId });
  const idea = getIdeaOrThrow(db, ideaId);
  const input = parseInput(ideaTriageSchema, formData);
  if (input.status === "to_experiment" && idea.experimentId) {
    throw new ValidationError({ status: ["Idéen er allerede sendt til forsøg"] });
  }
  const zone = input.status === "to_experiment" ? experimentZoneOrThrow(db, actor, ideaId, input.zoneId!) : null;
  let projectId: number | null = null;
  if (input.status === "became_project" && input.projectCode) {
    const project = db.select({ id: projects.id }).from(projects).where(eq(projects.code, input.projectCode)).get();
    if (!project) throw new ValidationError({ projectCode: [`Der findes intet projekt med nummeret ${input.projectCode}`] });
    projectId = project.id;
  }
  return db.transaction((tx) => {
    const before = getIdeaOrThrow(tx, ideaId);
    if (before.version !== input.version) throw new ConflictError(staleIdeaMessage, currentTriageValues(tx, before));
    let experimentId = before.experimentId;
    if (zone) {
      const draft = { zoneId: zone.id, title: before.title, hypothesis: before.description, state: "draft" as const, createdById: actor.id, ideaId };
      experimentId = tx.insert(experiments).values(draft).returning({ id: experiments.id }).get().id;
      recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "experiment.create", objectType: "experiment", objectId: experimentId, changes: draft });
    }
    const columns = {
      status: input.status,
      rejectionReason: input.status === "rejected" ? input.reason : null,
      zoneId: zone ? zone.id : before.zoneId,
      experimentId,
      projectId: input.status === "became_project" ? projectId : before.projectId,
    };
    const result = tx
      .update(ideas)
      .set({ ...columns, version: before.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(ideas.id, ideaId), eq(ideas.version, input.version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleIdeaMessage, currentTriageValues(tx, before));
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "idea.triage", objectType: "idea", objectId: ideaId, changes: changedFields(before, columns) });
    notifyIdeaTriaged(tx, actor, before, input.status, columns.rejectionReason, before.version + 1, now);
    return { experimentId: zone ? experimentId : null };
  });
}
