import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { projects, risks, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { noSignificantRisksSchema, riskEditSchema, riskSchema } from "@/lib/validation/project-items";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";
import { getProjectOrThrow, staleProjectMessage } from "./projects";

const staleRiskMessage = "Risikoen er ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt.";

/** An unknown owner would otherwise fail on the foreign key instead of with a Danish message. */
function checkOwner(db: DbOrTx, ownerId: number | null): void {
  if (ownerId === null) return;
  if (!db.select({ id: users.id }).from(users).where(and(eq(users.id, ownerId), eq(users.active, true))).get()) {
    throw new ValidationError({ ownerId: ["Vælg en aktiv risikoejer"] });
  }
}

export function createRisk(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>): number {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "risk.create", objectType: "project", objectId: code });
  const input = parseInput(riskSchema, formData);
  checkOwner(db, input.ownerId);
  return db.transaction((tx) => {
    const row = tx.insert(risks).values({ projectId: project.id, ...input }).returning({ id: risks.id }).get();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "risk.create", objectType: "project", objectId: code, changes: { riskId: row.id, ...input } });
    return row.id;
  });
}

export function updateRisk(actor: ActingUser, riskId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const risk = db.select().from(risks).where(eq(risks.id, riskId)).get();
  if (!risk) throw new NotFoundError("Risikoen findes ikke.");
  const project = db.select().from(projects).where(eq(projects.id, risk.projectId)).get()!;
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "risk.update", objectType: "project", objectId: project.code });
  const { version, ...input } = parseInput(riskEditSchema, formData);
  checkOwner(db, input.ownerId);
  db.transaction((tx) => {
    const result = tx
      .update(risks)
      .set({ ...input, version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(risks.id, riskId), eq(risks.version, version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleRiskMessage);
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "risk.update",
      objectType: "project",
      objectId: project.code,
      changes: { riskId, ...changedFields(risk, input) },
    });
  });
}

/** The "ingen væsentlige risici" tick that the gate checklist accepts instead of a registered risk. */
export function setNoSignificantRisks(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "project.no_significant_risks", objectType: "project", objectId: code });
  const input = parseInput(noSignificantRisksSchema, formData);
  db.transaction((tx) => {
    const result = tx
      .update(projects)
      .set({ noSignificantRisks: input.noSignificantRisks, version: input.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(projects.id, project.id), eq(projects.version, input.version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleProjectMessage);
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "project.update",
      objectType: "project",
      objectId: code,
      changes: changedFields(project, { noSignificantRisks: input.noSignificantRisks }),
    });
  });
}
