import "server-only";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { agendaItems, attachments, meetings, projects, storedFiles } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { checkUploadedFile } from "@/lib/domain/file-types";
import { noPaperMessage, paperSizeProblem } from "@/lib/domain/paper-size";
import { sha256Of, storeBytes } from "@/lib/files/file-store";
import type { Resource } from "@/lib/permissions";
import { readSettings } from "@/lib/settings";
import { attachmentIdSchema, paperFileName, paperUploadSchema } from "@/lib/validation/attachments";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";

type AttachmentRow = typeof attachments.$inferSelect;

/** Who owns a paper, and what the acting user must be allowed to do to it: the agenda item's or the project's rules. */
type Owner =
  | { kind: "agenda_item"; agendaItemId: number; meetingId: number; agendaPublished: boolean; minutesLocked: boolean }
  | { kind: "project"; projectId: number; code: string; resource: Extract<Resource, { kind: "project" }> };

const frozenMessage = "Bilaget er låst, fordi dagsordenen er offentliggjort. Det kan erstattes af en ny version, men ikke slettes.";
const lockedMinutesMessage = "Referatet er godkendt og låst. Bilagene kan ikke længere ændres.";
const notFound = () => new NotFoundError("Bilaget findes ikke (længere).");

function agendaItemOwner(db: DbOrTx, itemId: unknown): Owner {
  const id = attachmentIdSchema.safeParse(itemId);
  if (!id.success) throw new NotFoundError("Dagsordenspunktet findes ikke.");
  const row = db
    .select({ meetingId: meetings.id, publishedAt: meetings.agendaPublishedAt, lockedAt: meetings.minutesLockedAt })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, id.data))
    .get();
  if (!row) throw new NotFoundError("Dagsordenspunktet findes ikke.");
  return { kind: "agenda_item", agendaItemId: id.data, meetingId: row.meetingId, agendaPublished: row.publishedAt !== null, minutesLocked: row.lockedAt !== null };
}

function projectOwner(db: DbOrTx, code: unknown): Owner {
  const project = typeof code === "string" && code.length <= 40 ? db.select().from(projects).where(eq(projects.code, code)).get() : undefined;
  if (!project) throw new NotFoundError("Projektet findes ikke.");
  return {
    kind: "project",
    projectId: project.id,
    code: project.code,
    resource: { kind: "project", departmentId: project.departmentId, ownerId: project.ownerId, leadId: project.leadId },
  };
}

function ownerOf(db: DbOrTx, row: AttachmentRow): Owner {
  if (row.agendaItemId !== null) return agendaItemOwner(db, row.agendaItemId);
  const project = db.select({ code: projects.code }).from(projects).where(eq(projects.id, row.projectId ?? 0)).get();
  if (!project) throw notFound();
  return projectOwner(db, project.code);
}

const auditObject = (owner: Owner) =>
  owner.kind === "agenda_item" ? { objectType: "meeting", objectId: owner.meetingId } : { objectType: "project", objectId: owner.code };

/** Agenda papers follow the agenda builder (meeting.manage); project papers whoever may edit the project. */
function authorizeOwner(actor: ActingUser, owner: Owner, action: string): void {
  const audit = { action, ...auditObject(owner) };
  if (owner.kind === "agenda_item") {
    authorize(actor, "meeting.manage", undefined, audit);
    if (owner.minutesLocked) throw new ConflictError(lockedMinutesMessage);
  } else {
    authorize(actor, "project.edit", owner.resource, audit);
  }
}

/**
 * The owner read again inside the writing transaction: reading the file takes as long as the upload, and meanwhile
 * the agenda may have been published (so the paper must be frozen) or the minutes locked (so it is refused).
 */
function ownerNow(tx: DbOrTx, owner: Owner): Owner {
  if (owner.kind !== "agenda_item") return owner;
  const fresh = agendaItemOwner(tx, owner.agendaItemId);
  if (fresh.kind === "agenda_item" && fresh.minutesLocked) throw new ConflictError(lockedMinutesMessage);
  return fresh;
}

type Upload = { fileName: string; bytes: Uint8Array; sha256: string; size: number; mimeType: string };

/** Reads and checks the posted file: present, within the size limit, named sensibly, of an allowed type by its content. */
async function readUpload(input: FormData | Record<string, unknown>): Promise<Upload> {
  const raw = input instanceof FormData ? input.get("file") : input.file;
  if (!(raw instanceof File)) throw new ValidationError({ file: [noPaperMessage] });
  const sizeProblem = paperSizeProblem(raw.size, readSettings().paperMaxSizeMb);
  if (sizeProblem) throw new ValidationError({ file: [sizeProblem] });
  const fileName = paperFileName.safeParse(raw.name);
  if (!fileName.success) throw new ValidationError({ file: [fileName.error.issues[0].message] });
  const bytes = new Uint8Array(await raw.arrayBuffer());
  const check = checkUploadedFile(fileName.data, bytes);
  if (!check.ok) throw new ValidationError({ file: [check.message] });
  return { fileName: fileName.data, bytes, sha256: sha256Of(bytes), size: bytes.length, mimeType: check.mimeType };
}

/** Records the bytes once per content (row and file), then the paper itself. Inside the caller's transaction. */
function insertPaper(tx: DbOrTx, actor: ActingUser, owner: Owner, upload: Upload, now: Date, previous?: AttachmentRow): number {
  tx.insert(storedFiles).values({ sha256: upload.sha256, size: upload.size, mimeType: upload.mimeType, createdAt: now.toISOString() }).onConflictDoNothing().run();
  storeBytes(upload.sha256, upload.bytes);
  const frozen = owner.kind === "agenda_item" && owner.agendaPublished;
  return tx
    .insert(attachments)
    .values({
      sha256: upload.sha256,
      fileName: upload.fileName,
      uploadedById: actor.id,
      createdAt: now.toISOString(),
      agendaItemId: owner.kind === "agenda_item" ? owner.agendaItemId : null,
      projectId: owner.kind === "project" ? owner.projectId : null,
      version: previous ? previous.version + 1 : 1,
      replacesAttachmentId: previous?.id ?? null,
      frozenAt: frozen ? now.toISOString() : null,
    })
    .returning({ id: attachments.id })
    .get().id;
}

async function upload(actor: ActingUser, owner: Owner, formData: FormData | Record<string, unknown>, now: Date): Promise<number> {
  authorizeOwner(actor, owner, "attachment.upload");
  const file = await readUpload(formData);
  return getDb().transaction((tx) => {
    const id = insertPaper(tx, actor, ownerNow(tx, owner), file, now);
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "attachment.upload",
      ...auditObject(owner),
      changes: { attachmentId: id, fileName: file.fileName, size: file.size, mimeType: file.mimeType, agendaItemId: owner.kind === "agenda_item" ? owner.agendaItemId : undefined },
    });
    return id;
  });
}

/** Attaches a paper to an agenda item: the agenda builder's right (directors), until the minutes are locked. */
export async function uploadAgendaItemPaper(actor: ActingUser, itemId: number, formData: FormData | Record<string, unknown>, now = new Date()): Promise<number> {
  return upload(actor, agendaItemOwner(getDb(), itemId), formData, now);
}

/** Attaches a paper to a project: whoever may edit the project. */
export async function uploadProjectPaper(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): Promise<number> {
  return upload(actor, projectOwner(getDb(), code), formData, now);
}

function getPaperOrThrow(db: DbOrTx, attachmentId: unknown): AttachmentRow {
  const id = attachmentIdSchema.safeParse(attachmentId);
  if (!id.success) throw notFound();
  const row = db.select().from(attachments).where(eq(attachments.id, id.data)).get();
  if (!row || row.deletedAt) throw notFound();
  return row;
}

const successorOf = (db: DbOrTx, attachmentId: number) =>
  db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.replacesAttachmentId, attachmentId), isNull(attachments.deletedAt)))
    .get();

const replacedMessage = "Bilaget er allerede erstattet af en nyere version. Genindlæs siden, og erstat den nyeste.";

/** Uploads a new version of a paper; the old one stays (in the minutes as "Erstattet"). Frozen papers may be replaced. */
export async function replacePaper(actor: ActingUser, attachmentId: number, formData: FormData | Record<string, unknown>, now = new Date()): Promise<number> {
  const db = getDb();
  const previous = getPaperOrThrow(db, attachmentId);
  const owner = ownerOf(db, previous);
  authorizeOwner(actor, owner, "attachment.replace");
  const { version } = parseInput(paperUploadSchema, formData);
  if (version !== previous.version || successorOf(db, previous.id)) throw new ConflictError(replacedMessage);
  const file = await readUpload(formData);
  return db.transaction((tx) => {
    getPaperOrThrow(tx, previous.id);
    if (successorOf(tx, previous.id)) throw new ConflictError(replacedMessage);
    const id = insertPaper(tx, actor, ownerNow(tx, owner), file, now, previous);
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "attachment.replace",
      ...auditObject(owner),
      changes: { attachmentId: id, replacesAttachmentId: previous.id, fileName: file.fileName, previousFileName: previous.fileName, version: previous.version + 1 },
    });
    return id;
  });
}

/** Deletes a paper (softly: the row and the bytes stay). Refused once the agenda is published, which froze it. */
export function deletePaper(actor: ActingUser, attachmentId: number, now = new Date()): void {
  const db = getDb();
  const paper = getPaperOrThrow(db, attachmentId);
  const owner = ownerOf(db, paper);
  authorizeOwner(actor, owner, "attachment.delete");
  if (paper.frozenAt || (owner.kind === "agenda_item" && owner.agendaPublished)) throw new ConflictError(frozenMessage);
  db.transaction((tx) => {
    const result = tx
      .update(attachments)
      .set({ deletedAt: now.toISOString() })
      .where(and(eq(attachments.id, paper.id), isNull(attachments.deletedAt), isNull(attachments.frozenAt)))
      .run();
    if (result.changes === 0) throw new ConflictError(frozenMessage);
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "attachment.delete", ...auditObject(owner), changes: { attachmentId: paper.id, fileName: paper.fileName } });
  });
}

/** Publishing an agenda freezes its items' papers; called by the publish service inside its transaction. */
export function freezeAgendaPapers(tx: DbOrTx, meetingId: number, now: Date): number {
  const itemIds = tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).all().map((row) => row.id);
  if (itemIds.length === 0) return 0;
  return tx
    .update(attachments)
    .set({ frozenAt: now.toISOString() })
    .where(and(inArray(attachments.agendaItemId, itemIds), isNull(attachments.frozenAt), isNull(attachments.deletedAt)))
    .run().changes;
}

/** True when an agenda item has papers frozen by a published agenda: such an item is not removed with them. */
export function hasFrozenPapers(tx: DbOrTx, itemId: number): boolean {
  const row = tx
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.agendaItemId, itemId), isNull(attachments.deletedAt), isNotNull(attachments.frozenAt)))
    .get();
  return row !== undefined;
}
