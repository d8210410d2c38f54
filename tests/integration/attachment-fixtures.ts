import fs from "node:fs";
import path from "node:path";
import { asc } from "drizzle-orm";
import { expect } from "vitest";
import { dataDirectory, type AppDatabase } from "@/db";
import { attachments, storedFiles } from "@/db/schema";
import { ForbiddenError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { auditCount } from "./project-fixtures";
import { auditEvents } from "@/db/schema";

/** A form posting one file, optionally with the version of the paper it replaces. */
export function fileForm(name: string, bytes: Uint8Array, version?: number): FormData {
  const data = new FormData();
  data.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/octet-stream" }));
  if (version !== undefined) data.set("version", String(version));
  return data;
}

/** Every file under DATA_DIR/files, relative to it. */
export function storedFileNames(): string[] {
  const root = path.join(dataDirectory(), "files");
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))).sort();
}

/** The papers' rows, the stored files' rows and the files on disk. */
export function paperSnapshot(db: AppDatabase) {
  return {
    attachments: db.select().from(attachments).orderBy(asc(attachments.id)).all(),
    storedFiles: db.select().from(storedFiles).all(),
    files: storedFileNames(),
  };
}

/** Refused: the error class, nothing written (rows or files), and `audited` more audit events (a denial records one). */
export async function expectPaperRefused<E extends Error>(db: AppDatabase, errorClass: new (...args: never[]) => E, call: () => Promise<unknown> | unknown, audited = 0): Promise<E> {
  const before = paperSnapshot(db);
  const events = auditCount(db);
  let error: unknown;
  try {
    await call();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(errorClass);
  expect(paperSnapshot(db)).toEqual(before);
  expect(auditCount(db)).toBe(events + audited);
  return error as E;
}

/** Forbidden: nothing written, one denial of `action` by this actor audited. */
export async function expectPaperForbidden(db: AppDatabase, actor: ActingUser, action: string, call: () => Promise<unknown> | unknown): Promise<void> {
  await expectPaperRefused(db, ForbiddenError, call, 1);
  const last = db.select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;
  expect(last).toMatchObject({ action, actorId: actor.id, actorRole: actor.role, outcome: "denied" });
}
