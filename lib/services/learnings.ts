import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { experiments, projects, shareLinks, zones } from "@/db/schema";
import type { sharingLevels } from "@/lib/codes";
import { recordAudit } from "@/lib/audit";
import { experimentResource, type ShareableResource } from "@/lib/permissions";
import { hashShareToken, learningRefSchema, projectLearningSharing, shareLinkIdSchema, type LearningRef } from "@/lib/validation/learnings";
import { ForbiddenError, NotFoundError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
import { notifyShareLinkCreated } from "./notification-events/learnings";

/** Who may share a learning is asked of its source: the finished experiment or the closed project. */
type ShareTarget = { access: ShareableResource; sharing: (typeof sharingLevels)[number]; isLearning: boolean };

function loadTarget(db: DbOrTx, ref: LearningRef): ShareTarget | null {
  if (ref.kind === "experiment") {
    const row = db
      .select({ state: experiments.state, sharing: experiments.sharing, createdById: experiments.createdById, sponsorId: zones.sponsorId, leadId: zones.leadId })
      .from(experiments)
      .innerJoin(zones, eq(zones.id, experiments.zoneId))
      .where(eq(experiments.id, ref.id))
      .get();
    if (!row) return null;
    return {
      access: experimentResource({ sponsorId: row.sponsorId, leadId: row.leadId }, row),
      sharing: row.sharing,
      isLearning: row.state === "finished",
    };
  }
  const row = db.select().from(projects).where(eq(projects.id, ref.id)).get();
  if (!row) return null;
  return {
    access: { kind: "project", departmentId: row.departmentId, ownerId: row.ownerId, leadId: row.leadId },
    sharing: projectLearningSharing,
    isLearning: row.phase === "closed" && Boolean(row.closingLearning?.trim()),
  };
}

const notALearning = () => new NotFoundError("Erfaringen findes ikke.");

/**
 * Gives a public learning a share link. The token is returned once, for the creator to copy; only its SHA-256 is
 * stored, so nobody (not even an administrator) can read the link back later.
 */
export function createShareLink(actor: ActingUser, refInput: FormData | Record<string, unknown>, now = new Date()): { id: number; token: string } {
  const ref = parseInput(learningRefSchema, refInput);
  const db = getDb();
  const target = loadTarget(db, ref);
  if (!target?.isLearning) throw notALearning();
  authorize(actor, "share.manage", target.access, { action: "share_link.create", objectType: ref.kind, objectId: ref.id });
  if (target.sharing !== "public") {
    db.transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "share_link.create",
        objectType: ref.kind,
        objectId: ref.id,
        outcome: "denied",
        changes: { sharing: target.sharing },
      }),
    );
    throw new ForbiddenError("Kun erfaringer med delingsniveauet Offentlig kan få et delingslink.");
  }
  const token = randomBytes(32).toString("base64url");
  return db.transaction((tx) => {
    const owner = ref.kind === "experiment" ? { experimentId: ref.id } : { projectId: ref.id };
    const row = tx
      .insert(shareLinks)
      .values({ tokenHash: hashShareToken(token), ...owner, createdById: actor.id, createdAt: now.toISOString() })
      .returning({ id: shareLinks.id })
      .get();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "share_link.create", objectType: "share_link", objectId: row.id, changes: owner });
    notifyShareLinkCreated(tx, actor, ref, row.id, now);
    return { id: row.id, token };
  });
}

/** Revokes a share link at once: its URL answers 404 from then on. Revoking a revoked link changes nothing. */
export function revokeShareLink(actor: ActingUser, linkId: number, now = new Date()): void {
  const db = getDb();
  const link = shareLinkIdSchema.safeParse(linkId).success ? db.select().from(shareLinks).where(eq(shareLinks.id, linkId)).get() : undefined;
  if (!link) throw new NotFoundError("Delingslinket findes ikke.");
  const ref: LearningRef = link.experimentId ? { kind: "experiment", id: link.experimentId } : { kind: "project", id: link.projectId! };
  const target = loadTarget(db, ref);
  if (!target) throw new NotFoundError("Delingslinket findes ikke.");
  authorize(actor, "share.manage", target.access, { action: "share_link.revoke", objectType: "share_link", objectId: linkId });
  if (link.revokedAt) return;
  db.transaction((tx) => {
    const result = tx
      .update(shareLinks)
      .set({ revokedAt: now.toISOString(), revokedById: actor.id })
      .where(and(eq(shareLinks.id, linkId), isNull(shareLinks.revokedAt)))
      .run();
    if (result.changes === 0) return;
    const owner = link.experimentId ? { experimentId: link.experimentId } : { projectId: link.projectId };
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "share_link.revoke", objectType: "share_link", objectId: linkId, changes: owner });
  });
}
