import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { involvements } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { toDay } from "@/lib/domain/dates";
import { futureDoneInvolvementMessage, isDoneInvolvementInFuture } from "@/lib/domain/involvement-rules";
import { involvementFormLabels, involvementGroupLabels, involvementStateLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { involvementDeleteSchema, involvementEditSchema, involvementSchema } from "@/lib/validation/project-items";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";
import { getProjectOrThrow } from "./projects";

const staleInvolvementMessage = "Inddragelsen er ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";
const staleDeleteMessage = "Inddragelsen er ændret af en anden, siden du åbnede den, og er ikke slettet. Se de nyeste værdier, og slet igen, hvis den stadig skal væk.";
const missingInvolvementMessage = "Inddragelsen findes ikke (længere) på projektet.";

type InvolvementRow = typeof involvements.$inferSelect;
type InvolvementInput = { date: string; state: InvolvementRow["state"] };

/** The stored values as the edit form names them, so a refused editor can see what changed. */
function currentInvolvementValues(entry: InvolvementRow): Record<string, string> {
  return {
    date: formatDate(entry.date),
    state: involvementStateLabels[entry.state],
    group: involvementGroupLabels[entry.group],
    form: involvementFormLabels[entry.form],
    summary: entry.summary,
    outcome: entry.outcome,
    version: String(entry.version),
  };
}

/** A held (*Gennemført*) entry cannot lie after today; the rule lives in lib/domain/involvement-rules.ts. */
function refuseDoneInFuture(input: InvolvementInput, now: Date): void {
  if (isDoneInvolvementInFuture(input, toDay(now))) throw new ValidationError({ date: [futureDoneInvolvementMessage] });
}

/** The entry, only when it belongs to the project: an id from another project is unknown here. */
function entryOfProject(db: DbOrTx, projectId: number, involvementId: number): InvolvementRow | undefined {
  return db
    .select()
    .from(involvements)
    .where(and(eq(involvements.id, involvementId), eq(involvements.projectId, projectId)))
    .get();
}

/** The project by code, checked for `project.edit` (a refusal audited as `action`), and the entry on it. */
function editableEntry(db: DbOrTx, actor: ActingUser, code: string, involvementId: number, action: string) {
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action, objectType: "project", objectId: code });
  const entry = Number.isSafeInteger(involvementId) ? entryOfProject(db, project.id, involvementId) : undefined;
  if (!entry) throw new NotFoundError(missingInvolvementMessage);
  return { project, entry };
}

/** Logs how users, employees, MED or others were (or will be) involved in a project. */
export function createInvolvement(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): number {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "involvement.create", objectType: "project", objectId: code });
  const input = parseInput(involvementSchema, formData);
  refuseDoneInFuture(input, now);
  return db.transaction((tx) => {
    const row = tx.insert(involvements).values({ projectId: project.id, createdById: actor.id, ...input }).returning({ id: involvements.id }).get();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "involvement.create",
      objectType: "project",
      objectId: code,
      changes: { involvementId: row.id, ...input },
    });
    return row.id;
  });
}

/**
 * Edits every field of an entry (a planned workshop becomes held, a mistake is fixed), made on `version`; a newer
 * version refuses the save and hands back the stored values. Whoever may register involvement may edit it, on any
 * project phase, as registering allows.
 */
export function updateInvolvement(
  actor: ActingUser,
  code: string,
  involvementId: number,
  formData: FormData | Record<string, unknown>,
  now = new Date(),
): void {
  const db = getDb();
  const { project } = editableEntry(db, actor, code, involvementId, "involvement.update");
  const { version, ...input } = parseInput(involvementEditSchema, formData);
  refuseDoneInFuture(input, now);
  db.transaction((tx) => {
    const before = entryOfProject(tx, project.id, involvementId);
    if (!before) throw new NotFoundError(missingInvolvementMessage);
    if (before.version !== version) throw new ConflictError(staleInvolvementMessage, currentInvolvementValues(before));
    const result = tx
      .update(involvements)
      .set({ ...input, version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(involvements.id, involvementId), eq(involvements.version, version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleInvolvementMessage, currentInvolvementValues(before));
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "involvement.update",
      objectType: "project",
      objectId: code,
      changes: { involvementId, ...changedFields(before, input) },
    });
  });
}

/** Deletes an entry as it was shown (`version`); one changed since is kept, and its newer values are handed back. */
export function deleteInvolvement(actor: ActingUser, code: string, involvementId: number, formData: FormData | Record<string, unknown>): void {
  const db = getDb();
  const { project } = editableEntry(db, actor, code, involvementId, "involvement.delete");
  const { version } = parseInput(involvementDeleteSchema, formData);
  db.transaction((tx) => {
    const before = entryOfProject(tx, project.id, involvementId);
    if (!before) throw new NotFoundError(missingInvolvementMessage);
    if (before.version !== version) throw new ConflictError(staleDeleteMessage, currentInvolvementValues(before));
    const result = tx
      .delete(involvements)
      .where(and(eq(involvements.id, involvementId), eq(involvements.version, version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleDeleteMessage, currentInvolvementValues(before));
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "involvement.delete",
      objectType: "project",
      objectId: code,
      changes: {
        involvementId,
        date: before.date,
        state: before.state,
        group: before.group,
        form: before.form,
        summary: before.summary,
        outcome: before.outcome,
        createdById: before.createdById,
        version: before.version,
      },
    });
  });
}
