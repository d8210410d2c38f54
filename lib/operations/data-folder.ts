import fs from "node:fs";
import path from "node:path";
import { serverPidFileName } from "../server-process.mjs";

export { serverPidFileName };

/** The database file's name inside the data folder. */
export const databaseFileName = "styrerum.db";

/** The secrets a data folder keeps beside the database; a backup without them cannot verify or decrypt what it holds. */
export const secretFileNames = ["auth-secret", "audit-key", "two-factor-key"] as const;

/** Uploaded files (board papers), stored by content hash. */
export const filesFolderName = "files";

export function serverPidFile(dataDir: string): string {
  return path.join(dataDir, serverPidFileName);
}

/** The pid of a live server using the data folder, or null (a pid file left by a crashed server does not count). */
export function runningServerPid(dataDir: string): number | null {
  const file = serverPidFile(dataDir);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

/** Copies a folder tree (files only, modes kept), creating the target. */
export function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isFile()) fs.copyFileSync(source, target);
  }
}

/** Total size in bytes of the files under a folder. */
export function folderSize(folder: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const item = path.join(folder, entry.name);
    total += entry.isDirectory() ? folderSize(item) : entry.isFile() ? fs.statSync(item).size : 0;
  }
  return total;
}
