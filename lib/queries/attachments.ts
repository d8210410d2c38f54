import "server-only";
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { agendaItems, attachments, meetings, storedFiles, users } from "@/db/schema";
import { fileTypeLabel, mayShowInline } from "@/lib/domain/file-types";
import { can, type Actor } from "@/lib/permissions";
import { attachmentIdSchema } from "@/lib/validation/attachments";

/** One paper as the lists, the slides and the minutes show it. */
export type PaperView = {
  id: number;
  fileName: string;
  typeLabel: string;
  size: number;
  uploaderName: string;
  createdAt: string;
  version: number;
  /** Frozen by the published agenda: may be replaced, not deleted. */
  frozen: boolean;
  /** A newer version replaces it: shown only in the minutes, marked "Erstattet". */
  replaced: boolean;
  /** A PDF (or image) the browser may show inline. */
  inline: boolean;
  isPdf: boolean;
};

/** Where a paper's link points: PDFs open inline (in meeting mode's viewer), everything else downloads. */
export function paperHref(paper: Pick<PaperView, "id" | "isPdf">): string {
  return paper.isPdf ? `/attachments/${paper.id}?inline=1` : `/attachments/${paper.id}`;
}

function papersWhere(condition: SQL): (PaperView & { agendaItemId: number | null })[] {
  const rows = getDb()
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      mimeType: storedFiles.mimeType,
      size: storedFiles.size,
      uploaderName: users.name,
      createdAt: attachments.createdAt,
      version: attachments.version,
      frozenAt: attachments.frozenAt,
      replacesAttachmentId: attachments.replacesAttachmentId,
      agendaItemId: attachments.agendaItemId,
    })
    .from(attachments)
    .innerJoin(storedFiles, eq(storedFiles.sha256, attachments.sha256))
    .innerJoin(users, eq(users.id, attachments.uploadedById))
    .where(and(condition, isNull(attachments.deletedAt)))
    .orderBy(asc(attachments.id))
    .all();
  const replacedIds = new Set(rows.map((row) => row.replacesAttachmentId).filter((id) => id !== null));
  return rows.map(({ mimeType, frozenAt, replacesAttachmentId: _replaces, ...row }) => ({
    ...row,
    typeLabel: fileTypeLabel(mimeType),
    frozen: frozenAt !== null,
    replaced: replacedIds.has(row.id),
    inline: mayShowInline(mimeType),
    isPdf: mimeType === "application/pdf",
  }));
}

/** Every paper (all versions) of a meeting's agenda items, by item id: one indexed query for the whole agenda. */
export function meetingPapers(meetingId: number): Record<number, PaperView[]> {
  const itemIds = getDb().select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).all();
  const byItem: Record<number, PaperView[]> = Object.fromEntries(itemIds.map((item) => [item.id, []]));
  if (itemIds.length === 0) return byItem;
  const papers = papersWhere(inArray(attachments.agendaItemId, itemIds.map((item) => item.id)));
  for (const { agendaItemId, ...paper } of papers) if (agendaItemId !== null) byItem[agendaItemId]?.push(paper);
  return byItem;
}

/** Every paper (all versions) of one agenda item. */
export function agendaItemPapers(itemId: number): PaperView[] {
  return papersWhere(eq(attachments.agendaItemId, itemId)).map(({ agendaItemId: _item, ...paper }) => paper);
}

/** Every paper (all versions) of a project. */
export function projectPapers(projectId: number): PaperView[] {
  return papersWhere(eq(attachments.projectId, projectId)).map(({ agendaItemId: _item, ...paper }) => paper);
}

/** The current papers: those no newer version replaces. */
export function currentPapers(papers: PaperView[]): PaperView[] {
  return papers.filter((paper) => !paper.replaced);
}

export type PaperDownload = { fileName: string; mimeType: string; size: number; sha256: string };

/**
 * A paper's file for a user who may read what it belongs to — an agenda item of a meeting they may see, or a project
 * (everyone who reads the portfolio) — else null: the route answers 404 alike for missing and forbidden.
 */
export function paperForDownload(actor: Actor, rawId: string): PaperDownload | null {
  const id = attachmentIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const row = getDb()
    .select({
      fileName: attachments.fileName,
      mimeType: storedFiles.mimeType,
      size: storedFiles.size,
      sha256: attachments.sha256,
      projectId: attachments.projectId,
      agendaPublishedAt: meetings.agendaPublishedAt,
      meetingId: meetings.id,
    })
    .from(attachments)
    .innerJoin(storedFiles, eq(storedFiles.sha256, attachments.sha256))
    .leftJoin(agendaItems, eq(agendaItems.id, attachments.agendaItemId))
    .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(attachments.id, id.data), isNull(attachments.deletedAt)))
    .get();
  if (!row) return null;
  const mayRead =
    row.meetingId !== null
      ? can(actor, "meeting.read", { kind: "meeting", agendaPublished: row.agendaPublishedAt !== null })
      : row.projectId !== null && can(actor, "portfolio.read");
  return mayRead ? { fileName: row.fileName, mimeType: row.mimeType, size: row.size, sha256: row.sha256 } : null;
}
