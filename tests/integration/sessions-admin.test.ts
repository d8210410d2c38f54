import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { countActiveSessions, listActiveSessions, sessionHandle } from "@/lib/queries/sessions";
import { ForbiddenError, NotFoundError } from "@/lib/services/errors";
import { endAllUserSessions, endSessionAsAdmin } from "@/lib/services/sessions-admin";
import { parseSessionSearch, sessionsPageHref } from "@/lib/validation/sessions";
import { form, openSession, sessionIdsOf, signedIn } from "./account-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();

describe("active sessions for the administrators", () => {
  it("lists active sessions only, most recently seen first, paginated, without the session ids", () => {
    const admin = signedIn("admin");
    const staff = signedIn("staff");
    openSession(staff.id, { lastSeenAt: new Date(Date.now() - 30 * 86_400_000) });
    expect(countActiveSessions()).toBe(2);
    const page = listActiveSessions({ page: 1, limit: 1, offset: 0 });
    expect(page.info).toMatchObject({ total: 2, pageCount: 2 });
    expect(page.rows).toHaveLength(1);
    const second = listActiveSessions({ page: 2, limit: 1, offset: 1 });
    expect([page.rows[0].userId, second.rows[0].userId].sort()).toEqual([admin.id, staff.id].sort());
    expect(JSON.stringify([page, second])).not.toContain(staff.sessionId);
    expect(second.rows[0]).toMatchObject({ browser: "Chrome på Windows", ip: "10.0.0.5" });
  });
});

describe("searching the active sessions", () => {
  const page = (number: number, limit = 20) => ({ page: number, limit, offset: (number - 1) * limit });
  const userIdOf = (email: string) => db().select().from(users).where(eq(users.email, email)).get()!.id;

  it("finds sessions by the user's name or e-mail, case folded (Ø as ø), active ones only, and pages the hits", () => {
    const director = signedIn("director"); // Anne Søgaard Nielsen
    const staff = signedIn("staff");
    signedIn("admin");
    const soeren = userIdOf("soeren.andersen@egeby.dk"); // Søren Lykke Andersen
    openSession(soeren);
    openSession(soeren, { lastSeenAt: new Date(Date.now() - 60_000) });
    openSession(staff.id, { lastSeenAt: new Date(Date.now() - 30 * 86_400_000) });

    const byName = listActiveSessions(page(1), "SØGAARD");
    expect(byName.info.total).toBe(1);
    expect(byName.rows.map((row) => row.userName)).toEqual(["Anne Søgaard Nielsen"]);
    expect(byName.rows[0].userId).toBe(director.id);

    // Part of the e-mail, any case; the staff user's idle session is not active and not counted.
    const byEmail = listActiveSessions(page(1), "MEDARBEJDER@Egeby");
    expect(byEmail.info.total).toBe(1);
    expect(byEmail.rows[0].userId).toBe(staff.id);

    // "sø" folds "Sø" in both names; three hits on two pages of two, the most recently seen first.
    const first = listActiveSessions(page(1, 2), "sø");
    expect(first.info).toMatchObject({ total: 3, pageCount: 2, page: 1 });
    const second = listActiveSessions(page(2, 2), "sø");
    expect(second.rows).toHaveLength(1);
    expect([...first.rows, ...second.rows].map((row) => row.userId).sort()).toEqual([director.id, soeren, soeren].sort());
    expect(second.rows[0]).toMatchObject({ userId: soeren });

    // LIKE's wildcards are taken literally; no search lists every active session.
    expect(listActiveSessions(page(1), "%").info.total).toBe(0);
    expect(listActiveSessions(page(1), "_").info.total).toBe(0);
    expect(listActiveSessions(page(1), "ingen-med-dette-navn").rows).toEqual([]);
    expect(listActiveSessions(page(1), "").info.total).toBe(countActiveSessions());
    expect(countActiveSessions()).toBe(5);
  });

  it("reads ?q= leniently, and builds the list's address with the search kept", () => {
    expect(parseSessionSearch({ q: "  Anne   Søgaard " })).toBe("Anne Søgaard");
    expect(parseSessionSearch({ q: ["første", "anden"] })).toBe("første");
    expect(parseSessionSearch({})).toBe("");
    expect(parseSessionSearch({ q: "x".repeat(500) })).toHaveLength(120);
    expect(sessionsPageHref({ q: "Søren & co", ended: 2 })).toBe("/admin/sessions?q=S%C3%B8ren+%26+co&afsluttet=2");
    expect(sessionsPageHref({ q: null, ended: 1 })).toBe("/admin/sessions?afsluttet=1");
    expect(sessionsPageHref({ q: "   " })).toBe("/admin/sessions");
  });
});

describe("endSessionAsAdmin", () => {
  it("ends one session of a user, leaves the user's others, and audits it", () => {
    const admin = signedIn("admin");
    const staff = signedIn("staff");
    const other = openSession(staff.id);
    endSessionAsAdmin(admin, form({ userId: staff.id, session: sessionHandle(staff.sessionId) }));
    expect(sessionIdsOf(staff.id)).toEqual([other]);
    expect(auditOf("admin.session_end")).toEqual([
      expect.objectContaining({ actorId: admin.id, actorRole: "admin", objectType: "user", objectId: String(staff.id), outcome: "success" }),
    ]);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("says so when the session is already gone, or belongs to another user than named", () => {
    const admin = signedIn("admin");
    const staff = signedIn("staff");
    const director = signedIn("director");
    expect(() => endSessionAsAdmin(admin, form({ userId: director.id, session: sessionHandle(staff.sessionId) }))).toThrow(NotFoundError);
    expect(sessionIdsOf(staff.id)).toEqual([staff.sessionId]);
  });

  for (const role of ["director", "department_head", "staff"] as const) {
    it(`refuses a ${role}, ends nothing and audits the refusal`, () => {
      const actor = signedIn(role);
      const admin = signedIn("admin");
      expect(() => endSessionAsAdmin(actor, form({ userId: admin.id, session: sessionHandle(admin.sessionId) }))).toThrow(ForbiddenError);
      expect(sessionIdsOf(admin.id)).toEqual([admin.sessionId]);
      expect(auditOf("admin.session_end")).toEqual([expect.objectContaining({ actorId: actor.id, outcome: "denied" })]);
    });
  }
});

describe("endAllUserSessions", () => {
  it("ends every session of one user and no one else's", () => {
    const admin = signedIn("admin");
    const staff = signedIn("staff");
    openSession(staff.id);
    expect(endAllUserSessions(admin, form({ userId: staff.id }))).toEqual({ endedSessions: 2 });
    expect(sessionIdsOf(staff.id)).toEqual([]);
    expect(sessionIdsOf(admin.id)).toEqual([admin.sessionId]);
    const [event] = auditOf("admin.user_sessions_end");
    expect(event).toMatchObject({ actorId: admin.id, objectId: String(staff.id), outcome: "success" });
    expect(JSON.parse(event.changes!)).toEqual({ sessions: 2 });
  });

  it("refuses an unknown user with a message", () => {
    const admin = signedIn("admin");
    expect(() => endAllUserSessions(admin, form({ userId: 999_999 }))).toThrow(NotFoundError);
    expect(() => endAllUserSessions(admin, form({ userId: "abc" }))).toThrow("Ret de markerede felter");
  });

  for (const role of ["director", "department_head", "staff"] as const) {
    it(`refuses a ${role}, ends nothing and audits the refusal`, () => {
      const actor = signedIn(role);
      const staff = role === "staff" ? signedIn("director") : signedIn("staff");
      expect(() => endAllUserSessions(actor, form({ userId: staff.id }))).toThrow(ForbiddenError);
      expect(sessionIdsOf(staff.id)).toEqual([staff.sessionId]);
      expect(auditOf("admin.user_sessions_end")).toEqual([expect.objectContaining({ actorId: actor.id, outcome: "denied" })]);
    });
  }
});
