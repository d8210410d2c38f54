import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { countActiveSessions, listActiveSessions, sessionHandle } from "@/lib/queries/sessions";
import { ForbiddenError, NotFoundError } from "@/lib/services/errors";
import { endAllUserSessions, endSessionAsAdmin } from "@/lib/services/sessions-admin";
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
