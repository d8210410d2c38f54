import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { verifyPassword } from "@/lib/password";
import { listOwnSessions, SESSIONS_PAGE_SIZE, sessionHandle } from "@/lib/queries/sessions";
import { parsePageRequest } from "@/lib/validation/pagination";
import { changePassword, commonPasswordMessage, endOtherSessions, endOwnSession, isCommonPassword, updateProfile, wrongPasswordMessage } from "@/lib/services/account";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { demoPassword, form, openSession, sessionIdsOf, signedIn } from "./account-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const userRow = (id: number) => db().select().from(users).where(eq(users.id, id)).get()!;
const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();

function fieldErrorsOf(attempt: () => unknown): Record<string, string[]> {
  try {
    attempt();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

async function asyncFieldErrorsOf(attempt: () => Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

const strongPassword = "Grøn kaffe på Rådhuspladsen 7";

describe("updateProfile", () => {
  it("saves name and title, leaves e-mail and role alone, and audits old → new", () => {
    const user = signedIn("staff");
    const before = userRow(user.id);
    updateProfile(user, form({ name: "  Mette Holm Jensen ", title: "Digitaliseringskonsulent", updatedAt: before.updatedAt, email: "ny@egeby.dk", role: "admin" }));
    const after = userRow(user.id);
    expect(after).toMatchObject({ name: "Mette Holm Jensen", title: "Digitaliseringskonsulent", email: before.email, role: "staff" });
    const [event] = auditOf("account.profile_update");
    expect(event).toMatchObject({ actorId: user.id, objectType: "user", objectId: String(user.id), outcome: "success" });
    expect(JSON.parse(event.changes!).name).toEqual({ from: before.name, to: "Mette Holm Jensen" });
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("refuses a stale form with the newer values and changes nothing", () => {
    const user = signedIn("director");
    const before = userRow(user.id);
    updateProfile(user, form({ name: "Første navn", title: before.title, updatedAt: before.updatedAt }));
    const saved = userRow(user.id);
    let refusal: unknown;
    try {
      updateProfile(user, form({ name: "Andet navn", title: before.title, updatedAt: before.updatedAt }));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).current).toMatchObject({ name: "Første navn", updatedAt: saved.updatedAt });
    expect(userRow(user.id)).toEqual(saved);
  });

  it("refuses bad input with Danish field messages and changes nothing", () => {
    const user = signedIn("staff");
    const before = userRow(user.id);
    const errors = fieldErrorsOf(() => updateProfile(user, form({ name: "A", title: "x".repeat(121), updatedAt: before.updatedAt })));
    expect(errors).toEqual({ name: ["Navnet skal være mindst 2 tegn"], title: ["Stillingsbetegnelsen må højst være 120 tegn"] });
    expect(userRow(user.id)).toEqual(before);
    expect(auditOf("account.profile_update")).toEqual([]);
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password, changes nothing and audits the failure", async () => {
    const user = signedIn("staff");
    const other = openSession(user.id);
    const before = userRow(user.id);
    const errors = await asyncFieldErrorsOf(() =>
      changePassword(user, form({ currentPassword: "forkert-adgangskode", newPassword: strongPassword, confirmPassword: strongPassword })),
    );
    expect(errors).toEqual({ currentPassword: [wrongPasswordMessage] });
    expect(userRow(user.id).passwordHash).toBe(before.passwordHash);
    expect(sessionIdsOf(user.id)).toContain(other);
    expect(auditOf("account.password_change")).toEqual([expect.objectContaining({ actorId: user.id, outcome: "failure" })]);
  });

  it("refuses a password shorter than 12 characters and one that does not match its repetition", async () => {
    const user = signedIn("staff");
    const before = userRow(user.id);
    const errors = await asyncFieldErrorsOf(() => changePassword(user, form({ currentPassword: demoPassword, newPassword: "Kort-1234", confirmPassword: "Kort-12345" })));
    expect(errors.newPassword).toEqual(["Den nye adgangskode skal være mindst 12 tegn"]);
    expect(errors.confirmPassword).toEqual(["De to nye adgangskoder er ikke ens"]);
    expect(userRow(user.id).passwordHash).toBe(before.passwordHash);
  });

  it("refuses a password from the common-password list, whatever its case", async () => {
    expect(await isCommonPassword("password1234")).toBe(true);
    expect(await isCommonPassword("QWERTY123456")).toBe(true);
    expect(await isCommonPassword(strongPassword)).toBe(false);
    const user = signedIn("department_head");
    const before = userRow(user.id);
    const errors = await asyncFieldErrorsOf(() => changePassword(user, form({ currentPassword: demoPassword, newPassword: "Password1234", confirmPassword: "Password1234" })));
    expect(errors).toEqual({ newPassword: [commonPasswordMessage] });
    expect(userRow(user.id).passwordHash).toBe(before.passwordHash);
  });

  it("sets the new password, ends the user's other sessions but not this one nor anyone else's, and audits", async () => {
    const user = signedIn("staff");
    openSession(user.id);
    openSession(user.id);
    const director = signedIn("director");
    const result = await changePassword(user, form({ currentPassword: demoPassword, newPassword: strongPassword, confirmPassword: strongPassword }));
    expect(result).toEqual({ endedSessions: 2 });
    const after = userRow(user.id);
    expect(await verifyPassword(after.passwordHash, strongPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, demoPassword)).toBe(false);
    expect(sessionIdsOf(user.id)).toEqual([user.sessionId]);
    expect(sessionIdsOf(director.id)).toEqual([director.sessionId]);
    const success = auditOf("account.password_change").filter((event) => event.outcome === "success");
    expect(success).toHaveLength(1);
    expect(JSON.parse(success[0].changes!)).toEqual({ sessions: 2 });
    expect(success[0].changes).not.toContain(strongPassword);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });
});

const firstPage = parsePageRequest({}, "side", SESSIONS_PAGE_SIZE);

describe("own sessions", () => {
  it("lists the user's own active sessions, this one first and marked, with a readable browser", () => {
    const user = signedIn("staff");
    openSession(user.id, { userAgent: "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1" });
    openSession(user.id, { lastSeenAt: new Date(Date.now() - 30 * 86_400_000) });
    signedIn("director");
    const { rows } = listOwnSessions(user.id, user.sessionId, firstPage);
    expect(rows.map((row) => [row.current, row.browser])).toEqual([
      [true, "Chrome på Windows"],
      [false, "Safari på iPad"],
    ]);
    expect(JSON.stringify(rows)).not.toContain(user.sessionId);
  });

  it("pages a long list of sessions, this one first on the first page", () => {
    const user = signedIn("director");
    for (let minutes = 1; minutes <= 24; minutes += 1) openSession(user.id, { lastSeenAt: new Date(Date.now() + minutes * 60_000) });
    const first = listOwnSessions(user.id, user.sessionId, firstPage);
    const second = listOwnSessions(user.id, user.sessionId, parsePageRequest({ side: "2" }, "side", SESSIONS_PAGE_SIZE));
    expect(first.info).toMatchObject({ total: 25, pageCount: 2 });
    expect(first.rows).toHaveLength(SESSIONS_PAGE_SIZE);
    expect(first.rows[0].current).toBe(true);
    const seen = [...first.rows, ...second.rows];
    expect(new Set(seen.map((row) => row.handle)).size).toBe(25);
    expect(seen.slice(1).map((row) => row.lastSeenAt)).toEqual(seen.slice(1).map((row) => row.lastSeenAt).sort().reverse());
  });

  it("Log ud af andre enheder ends every other session of the user and keeps this one", () => {
    const user = signedIn("department_head");
    openSession(user.id);
    const staff = signedIn("staff");
    expect(endOtherSessions(user)).toEqual({ endedSessions: 1 });
    expect(sessionIdsOf(user.id)).toEqual([user.sessionId]);
    expect(sessionIdsOf(staff.id)).toEqual([staff.sessionId]);
    expect(auditOf("account.sessions_end")).toEqual([expect.objectContaining({ actorId: user.id, outcome: "success" })]);
  });

  it("ends one of the user's own other sessions", () => {
    const user = signedIn("staff");
    const other = openSession(user.id);
    endOwnSession(user, form({ session: sessionHandle(other) }));
    expect(sessionIdsOf(user.id)).toEqual([user.sessionId]);
    expect(auditOf("account.session_end")).toEqual([expect.objectContaining({ actorId: user.id, outcome: "success" })]);
  });

  it("cannot end another user's session through /account: refused, audited, the session stays", () => {
    const user = signedIn("staff");
    const director = signedIn("director");
    expect(() => endOwnSession(user, form({ session: sessionHandle(director.sessionId) }))).toThrow(NotFoundError);
    expect(sessionIdsOf(director.id)).toEqual([director.sessionId]);
    expect(auditOf("account.session_end")).toEqual([expect.objectContaining({ actorId: user.id, outcome: "denied" })]);
    expect(() => endOwnSession(user, form({ session: "not-a-handle" }))).toThrow(ValidationError);
  });
});
