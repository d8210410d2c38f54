import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { readSecret, restrictToOwner } from "@/lib/secret-file";
import { copyTree, databaseFileName, filesFolderName, folderSize, secretFileNames } from "./data-folder";
import { databaseSchemaLevel } from "./schema-level";
import { tableChecksums, type TableChecksum } from "./table-checksums";

export const manifestFileName = "manifest.json";

export type BackupManifest = {
  format: 1;
  createdAt: string;
  schemaLevel: number;
  secrets: string[];
  files: boolean;
  tables: Record<string, TableChecksum>;
};

export type BackupResult = { folder: string; bytes: number; manifest: BackupManifest };

export class BackupError extends Error {}

const pad = (value: number) => String(value).padStart(2, "0");

/** `styrerum-YYYYMMDD-HHMMSS` in UTC, so names sort by time. */
export function backupFolderName(now: Date): string {
  return `styrerum-${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}-${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
}

export function defaultBackupsFolder(dataDir: string): string {
  return path.join(dataDir, "backups");
}

/**
 * A consistent online copy of the data folder's database (SQLite's online backup API: writers go on meanwhile),
 * with its secrets and uploaded files, verified before it is reported. Safe while the server serves traffic.
 */
export async function createBackup(options: { dataDir: string; target?: string; now?: Date }): Promise<BackupResult> {
  const now = options.now ?? new Date();
  const source = path.join(options.dataDir, databaseFileName);
  if (!fs.existsSync(source)) throw new BackupError(`Der er ingen database i ${options.dataDir}.`);
  const folder = options.target ?? path.join(defaultBackupsFolder(options.dataDir), backupFolderName(now));
  // The folder is the operator's choice; the build must not trace it.
  if (fs.existsSync(/*turbopackIgnore: true*/ folder) && fs.readdirSync(/*turbopackIgnore: true*/ folder).length > 0) throw new BackupError(`Mappen ${folder} findes allerede og er ikke tom.`);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });

  const target = path.join(folder, databaseFileName);
  const sqlite = new Database(source, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 5000");
    // After the first step the rest is copied in one step: a read snapshot in WAL mode, so writers are not blocked
    // and a write in between cannot restart the copy again and again.
    await sqlite.backup(target, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    sqlite.close();
  }
  restrictToOwner(target);

  const secrets: string[] = [];
  for (const name of secretFileNames) {
    const file = path.join(options.dataDir, name);
    if (!fs.existsSync(file)) continue;
    fs.copyFileSync(file, path.join(folder, name));
    restrictToOwner(path.join(folder, name));
    secrets.push(name);
  }
  const filesFolder = path.join(options.dataDir, filesFolderName);
  const files = fs.existsSync(filesFolder);
  if (files) copyTree(filesFolder, path.join(folder, filesFolderName));

  const verified = verifyBackupDatabase(folder);
  const manifest: BackupManifest = { format: 1, createdAt: now.toISOString(), schemaLevel: verified.schemaLevel, secrets, files, tables: verified.tables };
  fs.writeFileSync(path.join(folder, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return { folder, bytes: folderSize(folder), manifest };
}

/**
 * Checks a backup's (or a restored data folder's) database: SQLite's integrity check and the audit chain against the
 * audit key beside it. Throws a BackupError saying what is wrong.
 */
export function verifyBackupDatabase(folder: string): { schemaLevel: number; tables: Record<string, TableChecksum> } {
  const file = path.join(folder, databaseFileName);
  if (!fs.existsSync(file)) throw new BackupError(`Der er ingen database i ${folder}.`);
  // Read-write, although it only reads: closing the last connection then removes the WAL files it made.
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new BackupError(`Databasen i ${folder} er beskadiget: ${String(integrity)}`);
    const chain = verifyAuditChain(drizzle(sqlite, { schema }), readSecret(path.join(folder, "audit-key")));
    if (!chain.ok) throw new BackupError(`Revisionsloggens kæde i ${folder} er brudt ved hændelse ${chain.brokenAtId} (eller audit-key mangler).`);
    return { schemaLevel: databaseSchemaLevel(sqlite), tables: tableChecksums(sqlite) };
  } finally {
    sqlite.close();
  }
}

export function readManifest(folder: string): BackupManifest {
  const file = path.join(folder, manifestFileName);
  if (!fs.existsSync(file)) throw new BackupError(`${folder} er ikke en Styrerum-sikkerhedskopi (${manifestFileName} mangler).`);
  try {
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as BackupManifest;
    if (manifest.format !== 1) throw new Error("format");
    return manifest;
  } catch {
    throw new BackupError(`${manifestFileName} i ${folder} kan ikke læses.`);
  }
}
