import { desc, eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auditEvents } from "@/db/schema";
import { auditChainReport, auditChainReportSinceLastWalk, fullChainWalkMs, recordAudit } from "@/lib/audit";
import { auditFilterOptions, listAuditEvents } from "@/lib/queries/audit-log";
import { getAdminOverview } from "@/lib/queries/admin-overview";
import type { SessionUser } from "@/lib/services/auth";
import { exportAuditLog, readAuditLog } from "@/lib/services/audit-log";
import { ForbiddenError } from "@/lib/services/errors";
import { parseAuditFilter, type AuditFilter } from "@/lib/validation/account";
import { signedIn } from "./account-fixtures";
import { withDemoDatabase } from "./temp-database";

const currentUser = vi.hoisted(() => ({ value: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => currentUser.value }));

const db = withDemoDatabase();

const noFilter: AuditFilter = { actorId: null, action: null, objectType: null, from: null, to: null };
const firstPage = { page: 1, limit: 50, offset: 0 };
const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();
const lastEvent = () => db().select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get()!;

afterEach(() => {
  vi.useRealTimers();
  currentUser.value = null;
});

/** `count` events by the actor on projects, recorded one day apart starting at `start`. */
function recordEvents(actor: SessionUser, count: number, start = new Date("2026-03-01T10:00:00Z")) {
  vi.useFakeTimers({ toFake: ["Date"] });
  for (let index = 0; index < count; index += 1) {
    vi.setSystemTime(new Date(start.getTime() + index * 86_400_000));
    recordAudit(db(), {
      actorId: actor.id,
      actorRole: actor.role,
      action: "project.update",
      objectType: "project",
      objectId: "DIG-2026-001",
      changes: { title: { from: `Titel ${index}`, to: `Titel ${index + 1}` } },
    });
  }
  vi.useRealTimers();
}

describe("the audit log's query", () => {
  it("pages newest first, 50 to a page, in SQL", () => {
    const director = signedIn("director");
    recordEvents(director, 120);
    const total = db().select({ n: sql<number>`count(*)` }).from(auditEvents).get()!.n;
    const first = listAuditEvents(noFilter, firstPage);
    expect(first.info).toMatchObject({ total, page: 1, pageCount: Math.ceil(total / 50) });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].id).toBe(lastEvent().id);
    expect(first.rows.map((row) => row.id)).toEqual([...first.rows.map((row) => row.id)].sort((a, b) => b - a));
    const second = listAuditEvents(noFilter, { page: 2, limit: 50, offset: 50 });
    expect(second.rows[0].id).toBe(first.rows[49].id - 1);
  });

  it("filters by person, action, entity type and period, and describes each event in Danish with old → new and a link", () => {
    const director = signedIn("director");
    const staff = signedIn("staff");
    recordEvents(director, 5);
    recordEvents(staff, 2, new Date("2026-03-10T10:00:00Z"));
    const byDirector = listAuditEvents({ ...noFilter, actorId: director.id, action: "project.update" }, firstPage);
    expect(byDirector.info.total).toBe(5);
    expect(byDirector.rows[0]).toMatchObject({
      actorName: director.name,
      description: "Ændrede et projekt",
      entityLabel: "Projekt",
      href: "/projects/DIG-2026-001",
      changes: [{ field: "title", label: "Titel", from: "Titel 4", to: "Titel 5" }],
    });
    const period = listAuditEvents({ ...noFilter, objectType: "project", action: "project.update", from: "2026-03-02", to: "2026-03-04" }, firstPage);
    expect(period.rows.map((row) => row.occurredAt.slice(0, 10))).toEqual(["2026-03-04", "2026-03-03", "2026-03-02"]);
    expect(listAuditEvents({ ...noFilter, objectType: "zone", actorId: staff.id }, firstPage).info.total).toBe(0);
    const options = auditFilterOptions();
    expect(options.actions).toContain("project.update");
    expect(options.objectTypes).toContain("project");
  });

  it("reads filters from the URL and ignores what is not a filter", () => {
    expect(parseAuditFilter({ person: "7", handling: "project.update", type: "project", fra: "2026-03-01", til: "2026-02-30" })).toEqual({
      actorId: 7,
      action: "project.update",
      objectType: "project",
      from: "2026-03-01",
      to: null,
    });
    expect(parseAuditFilter(new URLSearchParams("person=-1&handling=DROP TABLE&type="))).toEqual(noFilter);
  });
});

describe("readAuditLog", () => {
  it("shows an intact chain with its length, and records the reading itself", () => {
    const admin = signedIn("admin");
    const before = db().select({ n: sql<number>`count(*)` }).from(auditEvents).get()!.n;
    const view = readAuditLog(admin, { ...noFilter, action: "project.update" }, firstPage, "10.0.0.9");
    expect(view.chain).toEqual({ ok: true, count: before });
    const [event] = auditOf("audit.read");
    expect(event).toMatchObject({ actorId: admin.id, actorRole: "admin", objectType: "audit_log", ip: "10.0.0.9", outcome: "success" });
    expect(JSON.parse(event.changes!)).toEqual({ action: "project.update", page: 1 });
    expect(readAuditLog(admin, noFilter, firstPage).chain).toEqual({ ok: true, count: before + 1 });
  });

  it("shows the first broken event when a row has been tampered with", () => {
    const admin = signedIn("admin");
    recordEvents(admin, 3);
    const target = lastEvent().id - 1;
    db().$client.exec("drop trigger if exists audit_events_no_update");
    db().run(sql`update audit_events set object_id = 'DIG-2026-999' where id = ${target}`);
    const view = readAuditLog(admin, noFilter, firstPage);
    expect(view.chain).toMatchObject({ ok: false, brokenAtId: target, action: "project.update", keyMissing: false });
    expect(getAdminOverview().chain).toMatchObject({ ok: false, brokenAtId: target });
  });

  it("walks on from where it found the chain intact, checking that event, and walks the whole chain again after a day", () => {
    const admin = signedIn("admin");
    recordEvents(admin, 3);
    const count = () => db().select({ n: sql<number>`count(*)` }).from(auditEvents).get()!.n;
    const start = Date.now();
    expect(auditChainReportSinceLastWalk(db(), start)).toEqual({ ok: true, count: count() });
    const walkedTo = lastEvent().id;
    recordEvents(admin, 2);
    expect(auditChainReportSinceLastWalk(db(), start + 60_000)).toEqual({ ok: true, count: count() });

    const tamper = (id: number) => {
      db().$client.exec("drop trigger if exists audit_events_no_update");
      db().run(sql`update audit_events set object_id = 'DIG-2026-999' where id = ${id}`);
    };
    tamper(walkedTo - 1);
    // An event walked before waits for the next whole walk; audit:verify (and every backup) finds it at once.
    expect(auditChainReport(db())).toMatchObject({ ok: false, brokenAtId: walkedTo - 1 });
    expect(auditChainReportSinceLastWalk(db(), start + 2 * 60_000)).toMatchObject({ ok: true });
    expect(auditChainReportSinceLastWalk(db(), start + fullChainWalkMs)).toMatchObject({ ok: false, brokenAtId: walkedTo - 1 });
  });

  it("finds a change to the event it walked to at once", () => {
    const admin = signedIn("admin");
    recordEvents(admin, 2);
    expect(auditChainReportSinceLastWalk(db())).toMatchObject({ ok: true });
    const walkedTo = lastEvent().id;
    db().$client.exec("drop trigger if exists audit_events_no_update");
    db().run(sql`update audit_events set hash = ${"f".repeat(64)} where id = ${walkedTo}`);
    expect(auditChainReportSinceLastWalk(db())).toMatchObject({ ok: false, brokenAtId: walkedTo });
  });

  for (const role of ["director", "department_head", "staff"] as const) {
    it(`refuses a ${role} and audits the refusal`, () => {
      const actor = signedIn(role);
      expect(() => readAuditLog(actor, noFilter, firstPage)).toThrow(ForbiddenError);
      expect(auditOf("audit.read")).toEqual([expect.objectContaining({ actorId: actor.id, outcome: "denied" })]);
    });
  }
});

describe("the CSV export", () => {
  it("holds the filtered view with Danish headers and descriptions, and is audited", () => {
    const admin = signedIn("admin");
    const director = signedIn("director");
    recordEvents(director, 3);
    const file = exportAuditLog(admin, { ...noFilter, actorId: director.id, action: "project.update" });
    const lines = file.body.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Tidspunkt;Person;Rolle;Hændelse;Handling;Udfald;Type;Objekt;Ændringer;Adresse");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`;${director.name};Direktør;Ændrede et projekt;project.update;Udført;Projekt;DIG-2026-001;Titel: Titel 2 → Titel 3;`);
    expect(file.filename).toMatch(/^revisionslog-\d{4}-\d{2}-\d{2}\.csv$/);
    const [event] = auditOf("audit.export");
    expect(event).toMatchObject({ actorId: admin.id, outcome: "success" });
    expect(JSON.parse(event.changes!)).toMatchObject({ actorId: director.id, rows: 3 });
  });

  it("the route answers an administrator with the CSV, others with 403 and the anonymous with 401", async () => {
    const { GET } = await import("@/app/api/admin/audit/export/route");
    const request = () => new NextRequest("http://localhost/api/admin/audit/export?handling=project.update");
    expect((await GET(request())).status).toBe(401);
    for (const role of ["director", "department_head", "staff"] as const) {
      currentUser.value = signedIn(role);
      const response = await GET(request());
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("Du har ikke adgang til revisionsloggen.");
    }
    expect(auditOf("audit.export").map((event) => event.outcome)).toEqual(["denied", "denied", "denied"]);
    currentUser.value = signedIn("admin");
    const response = await GET(request());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="revisionslog-/);
    expect(await response.text()).toContain("Tidspunkt;Person;Rolle;Hændelse");
  });
});
