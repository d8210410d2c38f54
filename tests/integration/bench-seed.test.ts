import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "@/db";
import { benchCounts } from "@/db/bench-data/counts";
import { seedAdmin } from "@/db/seed";
import { BenchSeedRefused, benchAnchorDay, seedBench } from "@/db/seed-bench";
import { verifyAuditChain } from "@/lib/audit";
import { demoAccounts } from "@/lib/demo-accounts";
import { verifyPassword } from "@/lib/password";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();

const countOf = (database: AppDatabase, query: string) => (database.$client.prepare(query).get() as { n: number }).n;
const rowsCount = (database: AppDatabase, table: string) => countOf(database, `select count(*) as n from "${table}"`);

/** A digest of the rows whose content the PRNG decides, to compare two builds. */
const fingerprint = (database: AppDatabase) =>
  JSON.stringify(
    database.$client
      .prepare(
        `select (select group_concat(code || phase || approved_budget_kr || forecast_end, ',') from projects) as projects,
                (select sum(value) from benefit_measurements) as measured,
                (select group_concat(overall_light, '') from status_reports) as lights,
                (select count(*) from idea_votes) as votes`,
      )
      .get(),
  );

describe("bench data (db:seed -- --bench)", () => {
  it("builds the large municipality with every count, the demo accounts and intact invariants", async () => {
    const counts = await seedBench(db());
    const database = db();
    expect(counts).toEqual(benchCounts);
    expect(rowsCount(database, "departments")).toBe(20);
    expect(rowsCount(database, "users")).toBe(600);
    expect(rowsCount(database, "projects")).toBe(1500);
    expect(rowsCount(database, "status_reports")).toBe(6000);
    expect(rowsCount(database, "benefits")).toBe(3000);
    expect(rowsCount(database, "benefit_measurements")).toBe(20_000);
    expect(rowsCount(database, "risks")).toBe(5000);
    expect(rowsCount(database, "involvements")).toBe(3000);
    expect(rowsCount(database, "zones")).toBe(40);
    expect(rowsCount(database, "experiments")).toBe(400);
    expect(rowsCount(database, "ideas")).toBe(2000);
    expect(rowsCount(database, "idea_votes")).toBeGreaterThan(2000);
    expect(rowsCount(database, "idea_comments")).toBeGreaterThan(2000);
    expect(countOf(database, "select count(*) as n from search_documents where type in ('learning_experiment', 'learning_project', 'inspiration')")).toBe(500);
    expect(countOf(database, "select count(*) as n from meetings where date < '" + benchAnchorDay + "' and minutes_locked_at is not null")).toBe(120);

    for (const account of demoAccounts.accounts) {
      const user = database.$client.prepare("select role, password_hash as hash from users where email = ?").get(account.email) as { role: string; hash: string };
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.hash, demoAccounts.password)).toBe(true);
    }

    expect(countOf(database, "select count(distinct phase) as n from projects")).toBe(7);
    expect(countOf(database, "select count(*) as n from (select project_id from status_reports where state = 'published' group by project_id having count(*) = 4)")).toBe(1500);
    expect(
      countOf(
        database,
        `select count(*) as n from status_reports where published_at is null
           or (delivery_light <> 'green' and delivery_comment = '') or (risk_light <> 'green' and risk_comment = '')
           or (benefits_light <> 'green' and benefits_comment = '') or report_date > '${benchAnchorDay}'`,
      ),
    ).toBe(0);
    expect(countOf(database, `select count(*) as n from benefit_measurements where date > '${benchAnchorDay}'`)).toBe(0);
    expect(countOf(database, "select count(*) as n from projects where phase = 'closed' and coalesce(closing_learning, '') = ''")).toBe(0);
    expect(countOf(database, "select count(*) as n from gate_requests where status = 'pending'")).toBeGreaterThan(0);
    const directors = countOf(database, "select count(*) as n from users where role = 'director'");
    expect(countOf(database, `select count(*) as n from (select meeting_id from minutes_approvals group by meeting_id having count(*) = ${directors})`)).toBe(120);
    expect(database.$client.pragma("foreign_key_check")).toEqual([]);
    expect(verifyAuditChain(database)).toEqual({ ok: true, count: 1 });

    const locked = database.$client.prepare("select id from meetings where minutes_locked_at is not null limit 1").get() as { id: number };
    expect(() =>
      database.$client.prepare("insert into agenda_items (meeting_id, position, kind, title) values (?, 99, 'information', 'Efterrationalisering')").run(locked.id),
    ).toThrow(/minutes are locked/);

    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-bench-again-"));
    const other = openDatabase(path.join(otherDir, "styrerum.db"));
    try {
      await seedBench(other);
      expect(fingerprint(other)).toBe(fingerprint(database));
    } finally {
      other.$client.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("refuses to seed over a database that already has users, and changes nothing", async () => {
    await seedAdmin(db(), "it@egeby.dk", "en-lang-adgangskode-2026");
    await expect(seedBench(db())).rejects.toBeInstanceOf(BenchSeedRefused);
    expect(rowsCount(db(), "users")).toBe(1);
    expect(rowsCount(db(), "projects")).toBe(0);
  });
});
