import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { asc, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dataDirectory, openDatabase } from "@/db";
import { readOrCreateSecret } from "@/lib/secret-file";
import { auditEvents } from "@/db/schema";
import { GENESIS_HASH, auditKeyFileName, recordAudit, verifyAuditChain } from "@/lib/audit";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const mode = (file: string) => fs.statSync(file).mode & 0o777;

/** What an attacker with only the database file could do: rewrite an event and re-chain with plain SHA-256. */
function forgeWithSha256(targetId: number) {
  db().$client.exec("drop trigger if exists audit_events_no_update");
  db().run(sql`update audit_events set action = 'test.forged' where id = ${targetId}`);
  let prevHash = GENESIS_HASH;
  for (const row of db().select().from(auditEvents).orderBy(asc(auditEvents.id)).all()) {
    const canonical = JSON.stringify([prevHash, row.occurredAt, row.actorId, row.actorRole, row.action, row.objectType, row.objectId, row.outcome, row.changes, row.ip]);
    const hash = createHash("sha256").update(canonical).digest("hex");
    db().run(sql`update audit_events set prev_hash = ${prevHash}, hash = ${hash} where id = ${row.id}`);
    prevHash = hash;
  }
}

function runVerify(): { status: number; output: string } {
  try {
    const output = execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/audit-verify.ts"], {
      env: { ...process.env, DATA_DIR: dataDirectory() },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe("audit chain anchored outside the database", () => {
  it("keys the chain with an audit key kept in the data folder, mode 600", () => {
    recordAudit(db(), { action: "test.one" });
    const keyFile = path.join(dataDirectory(), auditKeyFileName);
    expect(fs.readFileSync(keyFile, "utf8").trim().length).toBeGreaterThanOrEqual(64);
    expect(mode(keyFile)).toBe(0o600);
    expect(verifyAuditChain(db())).toEqual({ ok: true, count: 1 });
  });

  it("detects rows rewritten and recomputed with plain SHA-256 in the database alone", () => {
    for (let index = 0; index < 4; index += 1) recordAudit(db(), { action: `test.${index}` });
    forgeWithSha256(3);
    expect(verifyAuditChain(db())).toEqual({ ok: false, brokenAtId: 1 });
  });

  it("a different key does not verify the chain", () => {
    recordAudit(db(), { action: "test.one" });
    expect(verifyAuditChain(db(), "another-key")).toEqual({ ok: false, brokenAtId: 1 });
    expect(verifyAuditChain(db(), null)).toEqual({ ok: false, brokenAtId: 1 });
  });

  it("npm run audit:verify prints ok N events, and the first broken event with exit 1", () => {
    for (let index = 0; index < 3; index += 1) recordAudit(db(), { action: `test.${index}` });
    const good = runVerify();
    expect(good).toEqual({ status: 0, output: "ok 3 events\n" });

    db().$client.exec("drop trigger if exists audit_events_no_update");
    db().run(sql`update audit_events set action = 'test.forged' where id = 2`);
    const bad = runVerify();
    expect(bad.status).toBe(1);
    expect(bad.output).toMatch(/^broken at event 2: \S+ test\.forged/);
  });
});

describe("file modes", () => {
  it("creates the database and its WAL files with mode 600", () => {
    recordAudit(db(), { action: "test.one" });
    const file = path.join(dataDirectory(), "styrerum.db");
    for (const each of [file, `${file}-wal`, `${file}-shm`]) expect([each, mode(each)]).toEqual([each, 0o600]);
  });

  it("narrows a database file created wider by an older version, and keeps generated secrets private", () => {
    const file = path.join(dataDirectory(), "old", "styrerum.db");
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, "", { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const old = openDatabase(file);
    old.$client.close();
    expect(mode(file)).toBe(0o600);

    const secretFile = path.join(dataDirectory(), "auth-secret");
    const secret = readOrCreateSecret(secretFile);
    expect(mode(secretFile)).toBe(0o600);
    expect(readOrCreateSecret(secretFile)).toBe(secret);
  });
});
