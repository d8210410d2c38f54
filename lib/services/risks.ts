import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { projects, risks, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { riskCategoryLabels, riskStatusLabels } from "@/lib/domain/labels";
import { userName } from "@/lib/queries/reference-names";
import { noSignificantRisksSchema, riskEditSchema, riskSchema } from "@/lib/validation/project-items";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";
import { getProjectOrThrow, staleProjectMessage } from "./projects";

const staleRiskMessage = "Risikoen er ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

type RiskRow = typeof risks.$inferSelect;

/** The stored values as the edit form names them, so a refused editor can see what changed. */
function currentRiskValues(db: DbOrTx, risk: RiskRow): Record<string, string> {
  const assessed = (score: number | null) => (score === null ? "Ikke vurderet" : String(score));
  return {
    title: risk.title,
    description: risk.description,
    category: riskCategoryLabels[risk.category],
    ownerId: userName(db, risk.ownerId),
    probability: String(risk.probability),
    consequence: String(risk.consequence),
    action: risk.action,
    residualProbability: assessed(risk.residualProbability),
    residualConsequence: assessed(risk.residualConsequence),
    status: riskStatusLabels[risk.status],
    version: String(risk.version),
  };
}

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
    const before = tx.select().from(risks).where(eq(risks.id, riskId)).get();
    if (!before) throw new NotFoundError("Risikoen findes ikke.");
    if (before.version !== version) throw new ConflictError(staleRiskMessage, currentRiskValues(tx, before));
    const result = tx
      .update(risks)
      .set({ ...input, version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(risks.id, riskId), eq(risks.version, version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleRiskMessage, currentRiskValues(tx, before));
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "risk.update",
      objectType: "project",
      objectId: project.code,
      changes: { riskId, ...changedFields(before, input) },
    });
  });
}

const openRisksMessage = (open: number) =>
  `Projektet har ${open === 1 ? "1 åben risiko" : `${open} åbne risici`}. Luk ${open === 1 ? "den" : "dem"}, før du markerer, at der ingen væsentlige risici er.`;

/**
 * The "ingen væsentlige risici" tick that the gate checklist accepts instead of a registered risk. It cannot be set
 * while the project has an open risk: the register would say the opposite.
 */
export function setNoSignificantRisks(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "project.no_significant_risks", objectType: "project", objectId: code });
  const input = parseInput(noSignificantRisksSchema, formData);
  db.transaction((tx) => {
    const before = getProjectOrThrow(tx, code);
    const current = () => ({ noSignificantRisks: before.noSignificantRisks ? "Ja" : "Nej", version: String(before.version) });
    if (before.version !== input.version) throw new ConflictError(staleProjectMessage, current());
    if (input.noSignificantRisks && !before.noSignificantRisks) {
      const open = tx.select({ n: count() }).from(risks).where(and(eq(risks.projectId, project.id), eq(risks.status, "open"))).get()!.n;
      if (open > 0) throw new ValidationError({ noSignificantRisks: [openRisksMessage(open)] }, openRisksMessage(open));
    }
    const result = tx
      .update(projects)
      .set({ noSignificantRisks: input.noSignificantRisks, version: input.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(projects.id, project.id), eq(projects.version, input.version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleProjectMessage, current());
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "project.update",
      objectType: "project",
      objectId: code,
      changes: changedFields(before, { noSignificantRisks: input.noSignificantRisks }),
    });
  });
}
