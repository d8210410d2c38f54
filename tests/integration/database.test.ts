import Database from "better-sqlite3";
import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, departments, projects, strategyGoals, users } from "@/db/schema";
import { dropAllTables, isDatabaseEmpty, prepareDatabase, seedDemo } from "@/db/seed";
import { migrateDatabase } from "@/db/migrate";
import { withStatementCache } from "@/db";
import { recordAudit, verifyAuditChain } from "@/lib/audit";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();

describe("migrations", () => {
  it("build the schema from empty with the pragmas set", () => {
    const tables = db()
      .$client.prepare("select name from sqlite_master where type = 'table'")
      .all()
      .map((row) => (row as { name: string }).name);
    for (const table of ["departments", "users", "sessions", "audit_events", "settings", "strategy_goals", "projects", "project_goals", "technology_tags", "project_tags"]) {
      expect(tables).toContain(table);
    }
    expect(db().$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db().$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db().$client.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("are idempotent", () => {
    expect(() => migrateDatabase(db())).not.toThrow();
  });
});

describe("demo seed", () => {
  it("creates Egeby Kommune with the promised amounts", async () => {
    expect(isDatabaseEmpty(db())).toBe(true);
    expect(await prepareDatabase(db(), { demo: true })).toBe("seeded-demo");
    const n = (table: typeof users | typeof projects | typeof departments | typeof strategyGoals) =>
      db().select({ n: count() }).from(table).get()!.n;
    expect(n(users)).toBeGreaterThanOrEqual(40);
    expect(n(projects)).toBeGreaterThanOrEqual(30);
    expect(n(departments)).toBeGreaterThanOrEqual(8);
    const roles = db().select({ role: users.role }).from(users).groupBy(users.role).all().map((row) => row.role).sort();
    expect(roles).toEqual(["admin", "department_head", "director", "staff"]);
    const phases = db().select({ phase: projects.phase }).from(projects).groupBy(projects.phase).all();
    expect(phases).toHaveLength(7);
    const focuses = db().select({ focus: strategyGoals.focus }).from(strategyGoals).groupBy(strategyGoals.focus).all();
    expect(focuses).toHaveLength(4);
    for (const email of ["direktor@egeby.dk", "afdelingschef@egeby.dk", "medarbejder@egeby.dk", "admin@egeby.dk"]) {
      expect(db().select().from(users).where(eq(users.email, email)).get()).toBeTruthy();
    }
    const codes = db().select({ code: projects.code }).from(projects).all();
    for (const { code } of codes) expect(code).toMatch(/^DIG-\d{4}-\d{3}$/);
  });

  it("never seeds over existing data", async () => {
    await prepareDatabase(db(), { demo: true });
    const before = db().select({ n: count() }).from(projects).get()!.n;
    expect(await prepareDatabase(db(), { demo: true })).toBe("kept");
    expect(db().select({ n: count() }).from(projects).get()!.n).toBe(before);
  });

  it("can be rebuilt from scratch", async () => {
    await seedDemo(db());
    dropAllTables(db());
    expect(await prepareDatabase(db(), { demo: true })).toBe("seeded-demo");
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("without demo creates one administrator and nothing else", async () => {
    expect(await prepareDatabase(db(), { demo: false, adminEmail: "It@Kommune.dk", adminPassword: "en-lang-adgangskode" })).toBe("seeded-admin");
    const all = db().select({ email: users.email, role: users.role }).from(users).all();
    expect(all).toEqual([{ email: "it@kommune.dk", role: "admin" }]);
    expect(db().select({ n: count() }).from(projects).get()!.n).toBe(0);
  });
});

describe("audit trail", () => {
  it("chains each event to the previous one and detects tampering", () => {
    for (let index = 0; index < 5; index += 1) recordAudit(db(), { action: `test.${index}`, objectType: "test", objectId: index });
    expect(verifyAuditChain(db())).toEqual({ ok: true, count: 5 });

    // Tampering needs the trigger out of the way, which is what an attacker with file access would do.
    db().$client.exec("drop trigger audit_events_no_update");
    db().run(sql`update audit_events set action = 'test.forged' where id = 3`);
    expect(verifyAuditChain(db())).toEqual({ ok: false, brokenAtId: 3 });
  });

  it("refuses updates and deletes", () => {
    recordAudit(db(), { action: "test.one" });
    expect(() => db().update(auditEvents).set({ action: "changed" }).run()).toThrow(/append-only/);
    expect(() => db().delete(auditEvents).run()).toThrow(/append-only/);
    expect(db().select({ n: count() }).from(auditEvents).get()!.n).toBe(1);
  });
});

describe("the connection's kept statements", () => {
  it("prepare each query shape once and hand it out again in object mode", () => {
    const sqlite = new Database(":memory:");
    const prepared: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => (prepared.push(source), prepare(source))) as typeof sqlite.prepare;
    const client = withStatementCache(sqlite, 2);
    client.exec("create table t (a integer, b text)");
    client.prepare("insert into t values (?, ?)").run(1, "x");
    const first = client.prepare("select a, b from t");
    expect(first.raw(true).all()).toEqual([[1, "x"]]);
    const again = client.prepare("select a, b from t");
    expect(again).toBe(first);
    expect(again.all()).toEqual([{ a: 1, b: "x" }]);
    expect(prepared).toEqual(["insert into t values (?, ?)", "select a, b from t"]);

    client.prepare("select b from t"); // a third shape: the least recently used one, the insert, goes
    client.prepare("insert into t values (?, ?)");
    expect(prepared.filter((source) => source.startsWith("insert"))).toHaveLength(2);
    sqlite.close();
  });

  it("serve drizzle's reads with the right rows when a shape comes back", async () => {
    await prepareDatabase(db(), { demo: true });
    const query = () => db().select({ name: departments.name }).from(departments).orderBy(departments.name);
    const read = () => query().all(); // drizzle reads arrays (raw mode) and maps them to objects
    const rawRead = () => db().all<{ name: string }>(sql.raw(query().toSQL().sql)); // the same SQL text, read as objects
    const once = read();
    expect(once.length).toBeGreaterThan(2);
    expect(once[0]).toEqual({ name: expect.any(String) });
    expect(read()).toEqual(once);
    expect(rawRead()).toEqual(once);
    expect(rawRead()).toEqual(once);
    expect(read()).toEqual(once);
  });
});
