import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { migrationsFolder } from "@/db/migrate";
import { BackupError, backupFolderName, createBackup, readManifest } from "@/lib/operations/backup";
import { restoreBackup } from "@/lib/operations/restore";
import { codeSchemaLevel, databaseSchemaLevel } from "@/lib/operations/schema-level";
import { tableChecksums } from "@/lib/operations/table-checksums";
import { withDemoDatabase } from "./temp-database";

withDemoDatabase();

const dataDir = () => process.env.DATA_DIR!;
const databaseFile = () => path.join(dataDir(), "styrerum.db");
const extraFolders: string[] = [];
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-backup-test-"));
  extraFolders.push(folder);
  return folder;
};

afterEach(() => {
  for (const folder of extraFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** Closes the app's connection, as a stopped server would, so the data folder can be restored. */
function stopServerConnection() {
  const holder = globalThis as { styrerumDb?: { $client: Database.Database } };
  holder.styrerumDb?.$client.close();
  delete holder.styrerumDb;
}

function checksumsOf(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    return tableChecksums(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Another process inserting ideas in small transactions until killed: the write load a backup must not stop. */
function startWriter(file: string): ChildProcess {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.pragma("busy_timeout = 5000");
    const author = db.prepare("select id from users order by id limit 1").pluck().get();
    const insert = db.prepare("insert into ideas (title, author_id) values (?, ?)");
    let n = 0;
    process.send("ready");
    setInterval(() => { for (let i = 0; i < 20; i++) insert.run("Skriveidé " + n++, author); }, 1);
  `;
  return spawn(process.execPath, ["-e", script], { stdio: ["ignore", "ignore", "inherit", "ipc"], cwd: process.cwd() });
}

describe("backup and restore", () => {
  it("names backup folders by UTC time", () => {
    expect(backupFolderName(new Date("2026-03-04T05:06:07Z"))).toBe("styrerum-20260304-050607");
  });

  it("backs up under write load, and a restore brings back exactly the backed-up state", async () => {
    getDb();
    const writer = startWriter(databaseFile());
    await new Promise((resolve) => writer.once("message", resolve));
    await new Promise((resolve) => setTimeout(resolve, 150));
    let backup;
    try {
      backup = await createBackup({ dataDir: dataDir() });
    } finally {
      writer.kill("SIGKILL");
      await new Promise((resolve) => writer.once("exit", resolve));
    }

    expect(backup.folder.startsWith(path.join(dataDir(), "backups", "styrerum-"))).toBe(true);
    expect(backup.bytes).toBeGreaterThan(100_000);
    expect(fs.existsSync(path.join(backup.folder, "audit-key"))).toBe(true);
    expect((fs.statSync(path.join(backup.folder, "styrerum.db")).mode & 0o777).toString(8)).toBe("600");
    const manifest = readManifest(backup.folder);
    const copy = new Database(path.join(backup.folder, "styrerum.db"), { readonly: true });
    const writtenBeforeBackup = copy.prepare("select count(*) from ideas where title like 'Skriveidé %'").pluck().get() as number;
    copy.close();
    expect(writtenBeforeBackup).toBeGreaterThan(0);
    const writtenInAll = getDb().$client.prepare("select count(*) from ideas where title like 'Skriveidé %'").pluck().get() as number;
    expect(writtenInAll).toBeGreaterThan(writtenBeforeBackup);
    expect(manifest.tables.ideas.rows).toBeGreaterThan(0);
    expect(manifest.schemaLevel).toBe(codeSchemaLevel());

    // Life goes on after the backup: more ideas, a changed project, a deleted notification.
    getDb().$client.prepare("update projects set title = title || ' (ændret)' where id = (select min(id) from projects)").run();
    getDb().$client.prepare("delete from ideas where id = (select max(id) from ideas)").run();
    expect(checksumsOf(databaseFile()).projects.sha256).not.toBe(manifest.tables.projects.sha256);

    stopServerConnection();
    const result = restoreBackup({ dataDir: dataDir(), source: backup.folder });

    expect(result.migrated).toBe(false);
    expect(result.keptAside).toMatch(/styrerum\.db\.before-restore-/);
    expect(fs.existsSync(result.keptAside!)).toBe(true);
    expect(checksumsOf(databaseFile())).toEqual(manifest.tables);
  });

  it("refuses to restore while a server uses the data folder, and changes nothing", async () => {
    const backup = await createBackup({ dataDir: dataDir(), target: path.join(tempFolder(), "kopi") });
    stopServerConnection();
    fs.writeFileSync(path.join(dataDir(), "server.pid"), `${process.pid}\n`);
    const before = checksumsOf(databaseFile());

    expect(() => restoreBackup({ dataDir: dataDir(), source: backup.folder })).toThrow(/Stop serveren/);
    expect(checksumsOf(databaseFile())).toEqual(before);
    expect(fs.readdirSync(dataDir()).some((name) => name.includes("before-restore"))).toBe(false);
  });

  it("refuses a backup from a newer schema with a clear message", async () => {
    getDb().$client.prepare("insert into __drizzle_migrations (hash, created_at) values ('fremtid', ?)").run(codeSchemaLevel() + 1000);
    const backup = await createBackup({ dataDir: dataDir(), target: path.join(tempFolder(), "kopi") });
    stopServerConnection();

    expect(() => restoreBackup({ dataDir: dataDir(), source: backup.folder })).toThrow(/nyere version af Styrerum/);
  });

  it("refuses a backup that was changed after it was taken", async () => {
    const backup = await createBackup({ dataDir: dataDir(), target: path.join(tempFolder(), "kopi") });
    const copy = new Database(path.join(backup.folder, "styrerum.db"));
    copy.prepare("update users set name = 'Ændret' where id = (select min(id) from users)").run();
    copy.close();
    stopServerConnection();

    expect(() => restoreBackup({ dataDir: dataDir(), source: backup.folder })).toThrow(BackupError);
  });

  it("migrates an older backup forward to the code's schema", async () => {
    const oldDataDir = tempFolder();
    const oldFolder = path.join(tempFolder(), "migrations");
    fs.cpSync(migrationsFolder, oldFolder, { recursive: true });
    const journalFile = path.join(oldFolder, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: unknown[] };
    journal.entries = journal.entries.slice(0, -2);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const old = new Database(path.join(oldDataDir, "styrerum.db"));
    migrate(drizzle(old), { migrationsFolder: oldFolder });
    old.close();
    const backup = await createBackup({ dataDir: oldDataDir, target: path.join(tempFolder(), "kopi") });
    expect(backup.manifest.schemaLevel).toBeLessThan(codeSchemaLevel());

    stopServerConnection();
    const result = restoreBackup({ dataDir: dataDir(), source: backup.folder });

    expect(result.migrated).toBe(true);
    const restored = new Database(databaseFile(), { readonly: true });
    expect(databaseSchemaLevel(restored)).toBe(codeSchemaLevel());
    restored.close();
  });
});
