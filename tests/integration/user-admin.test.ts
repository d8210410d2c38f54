import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, departments, loginFailures, loginThrottles, oneTimeLinks, projects, ssoIdentities, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import type { Role } from "@/lib/codes";
import { unusablePasswordHash } from "@/lib/domain/user-admin";
import { checkOneTimeLink, getUserForAdmin, listUsersForAdmin } from "@/lib/queries/users";
import { attemptLogin, resolveSession } from "@/lib/services/auth";
import { ConflictError, ForbiddenError, ServiceError, ValidationError } from "@/lib/services/errors";
import {
  createUser,
  deactivateUser,
  duplicateEmailMessage,
  reactivateUser,
  resetUserPassword,
  unlockUser,
  updateUser,
} from "@/lib/services/user-admin";
import { setPasswordWithLink } from "@/lib/services/user-admin-links";
import { signInWithSso } from "@/lib/services/sso";
import { withDemoDatabase } from "./temp-database";
import { actorOf, auditOf, demoActor, demoEmails, form, openSessions, otherAdmins, sessionCount, tokenOf, userByEmail } from "./user-admin-fixtures";

const db = withDemoDatabase();
const admin = () => demoActor(db(), "admin");
const newUser = { name: "Ida Holm", email: "Ida.Holm@Egeby.dk", title: "Projektleder", role: "staff" };
const password = "en lang og god sætning";
const login = (email: string, pass = password) => attemptLogin({ email, password: pass, ip: "10.1.1.1", userAgent: "vitest" });
const departmentId = (name: string) => db().select().from(departments).where(eq(departments.name, name)).get()!.id;

function editForm(id: number, values: Partial<Record<"name" | "email" | "title" | "role" | "departmentId", string | number>> = {}) {
  const user = db().select().from(users).where(eq(users.id, id)).get()!;
  return form({ name: user.name, email: user.email, title: user.title, role: user.role, departmentId: user.departmentId ?? "", version: user.updatedAt, ...values });
}

const demoPassword = "Styrerum-demo-2026";
const userRows = () => db().select().from(users).all();
const auditRows = () => db().select().from(auditEvents).all().length;

const nonAdmins: Role[] = ["director", "department_head", "staff"];

function caughtValidation(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("Forventede en afvisning");
}

describe("createUser", () => {
  it("creates a user without a usable password and a hashed 72-hour one-time link, audited", async () => {
    const now = new Date();
    const link = createUser(admin(), form({ ...newUser, departmentId: departmentId("Social og Sundhed") }), now);
    const row = userByEmail(db(), "ida.holm@egeby.dk");
    expect(row).toMatchObject({ name: "Ida Holm", title: "Projektleder", role: "staff", active: true, passwordHash: unusablePasswordHash });
    const stored = db().select().from(oneTimeLinks).where(eq(oneTimeLinks.userId, row.id)).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ purpose: "welcome", usedAt: null, createdById: admin().id });
    expect(stored[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].tokenHash).not.toContain(tokenOf(link.path));
    expect(new Date(stored[0].expiresAt).getTime() - now.getTime()).toBe(72 * 3_600_000);
    expect(auditOf(db(), "user.create")).toEqual([expect.objectContaining({ actorId: admin().id, objectId: String(row.id), outcome: "success" })]);
    expect(verifyAuditChain(db()).ok).toBe(true);
    // No password yet: sign-in is refused, even with the marker itself as password.
    expect(await login("ida.holm@egeby.dk", unusablePasswordHash)).toEqual({ ok: false, reason: "invalid" });
    expect(getUserForAdmin(row.id)).toMatchObject({ hasPassword: false, pendingLinkExpiresAt: stored[0].expiresAt });
  });

  it("refuses a duplicate e-mail whatever its case, with a Danish message, and writes nothing", () => {
    const before = db().select().from(users).all().length;
    const attempt = () => createUser(admin(), form({ ...newUser, email: "MEDARBEJDER@egeby.dk" }));
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationError).fieldErrors.email).toEqual([duplicateEmailMessage]);
    }
    expect(db().select().from(users).all()).toHaveLength(before);
    expect(db().select().from(oneTimeLinks).all()).toHaveLength(0);
  });

  it("refuses bad input field by field", () => {
    try {
      createUser(admin(), form({ name: "I", email: "ikke-en-adresse", role: "chef", departmentId: 99999 }));
      expect.unreachable();
    } catch (error) {
      const { fieldErrors } = error as ValidationError;
      expect(fieldErrors.name).toEqual(["Navnet skal være mindst 2 tegn"]);
      expect(fieldErrors.email?.[0]).toMatch(/gyldig e-mailadresse/);
      expect(fieldErrors.role?.[0]).toMatch(/^Vælg en rolle/);
    }
    expect(() => createUser(admin(), form({ ...newUser, departmentId: 99999 }))).toThrow(ValidationError);
  });

  it("refuses a deactivated department for a new user, and lets a user in one keep it when edited", () => {
    const closed = departmentId("Kultur og Fritid");
    const staff = userByEmail(db(), demoEmails.staff);
    db().update(users).set({ departmentId: closed }).where(eq(users.id, staff.id)).run();
    db().update(departments).set({ active: false }).where(eq(departments.id, closed)).run();
    const before = db().select().from(users).all().length;
    const error = caughtValidation(() => createUser(admin(), form({ ...newUser, departmentId: closed })));
    expect(error.fieldErrors.departmentId).toEqual(["Afdelingen er deaktiveret; vælg en aktiv afdeling"]);
    expect(db().select().from(users).all()).toHaveLength(before);
    const moved = caughtValidation(() => updateUser(admin(), userByEmail(db(), demoEmails.department_head).id, editForm(userByEmail(db(), demoEmails.department_head).id, { departmentId: closed })));
    expect(moved.fieldErrors.departmentId).toEqual(["Afdelingen er deaktiveret; vælg en aktiv afdeling"]);
    updateUser(admin(), staff.id, editForm(staff.id, { title: "Konsulent" }));
    expect(userByEmail(db(), demoEmails.staff)).toMatchObject({ title: "Konsulent", departmentId: closed });
  });

  for (const role of nonAdmins) {
    it(`refuses a ${role} and audits the refusal`, () => {
      const before = db().select().from(users).all().length;
      expect(() => createUser(demoActor(db(), role), form(newUser))).toThrow(ForbiddenError);
      expect(db().select().from(users).all()).toHaveLength(before);
      expect(auditOf(db(), "user.create")).toEqual([expect.objectContaining({ actorRole: role, outcome: "denied" })]);
    });
  }
});

describe("one-time links and setting a password", () => {
  it("set the password once: the link is spent, audited, and the user can sign in", async () => {
    const { path, userId } = createUser(admin(), form(newUser));
    const token = tokenOf(path);
    expect(checkOneTimeLink(token)).toMatchObject({ state: "valid", name: "Ida Holm", email: "ida.holm@egeby.dk" });
    await setPasswordWithLink(token, form({ password, confirm: password }), "10.1.1.1");
    expect(db().select().from(oneTimeLinks).where(eq(oneTimeLinks.userId, userId)).get()?.usedAt).not.toBeNull();
    expect(auditOf(db(), "user.password_set")).toEqual([expect.objectContaining({ actorId: userId, objectId: String(userId), ip: "10.1.1.1" })]);
    expect((await login("ida.holm@egeby.dk")).ok).toBe(true);
    // Single use.
    expect(checkOneTimeLink(token)).toMatchObject({ state: "used" });
    await expect(setPasswordWithLink(token, form({ password: "en helt anden sætning", confirm: "en helt anden sætning" }))).rejects.toThrow(/allerede brugt/);
    expect((await login("ida.holm@egeby.dk")).ok).toBe(true);
  });

  it("refuse an expired link, and an unknown one, with a Danish explanation", async () => {
    const issued = new Date(Date.now() - 73 * 3_600_000);
    const { path, userId } = createUser(admin(), form(newUser), issued);
    expect(checkOneTimeLink(tokenOf(path))).toMatchObject({ state: "expired", message: expect.stringMatching(/udløbet/) });
    await expect(setPasswordWithLink(tokenOf(path), form({ password, confirm: password }))).rejects.toThrow(/udløbet/);
    expect(db().select().from(users).where(eq(users.id, userId)).get()?.passwordHash).toBe(unusablePasswordHash);
    expect(checkOneTimeLink("x".repeat(43))).toMatchObject({ state: "unknown" });
    expect(checkOneTimeLink("../../etc")).toMatchObject({ state: "unknown" });
  });

  it("still work one minute before 72 hours", () => {
    const { path } = createUser(admin(), form(newUser), new Date(Date.now() - 72 * 3_600_000 + 60_000));
    expect(checkOneTimeLink(tokenOf(path)).state).toBe("valid");
  });

  it("refuse a short or mismatched password and keep the link usable", async () => {
    const { path } = createUser(admin(), form(newUser));
    await expect(setPasswordWithLink(tokenOf(path), form({ password: "kort", confirm: "kort" }))).rejects.toThrow(ValidationError);
    try {
      await setPasswordWithLink(tokenOf(path), form({ password, confirm: `${password}!` }));
    } catch (error) {
      expect((error as ValidationError).fieldErrors.confirm).toEqual(["De to adgangskoder er ikke ens"]);
    }
    expect(checkOneTimeLink(tokenOf(path)).state).toBe("valid");
  });
});

describe("updateUser", () => {
  it("changes role and department, audited; the next request sees them", () => {
    const target = userByEmail(db(), demoEmails.staff);
    const [sessionId] = openSessions(db(), target.id, 1);
    expect(resolveSession(sessionId)?.role).toBe("staff");
    updateUser(admin(), target.id, editForm(target.id, { role: "department_head", departmentId: departmentId("Kultur og Fritid"), title: "Afdelingschef" }));
    const after = userByEmail(db(), demoEmails.staff);
    expect(after).toMatchObject({ role: "department_head", departmentId: departmentId("Kultur og Fritid"), title: "Afdelingschef" });
    expect(resolveSession(sessionId)).toMatchObject({ role: "department_head", departmentId: departmentId("Kultur og Fritid") });
    const [event] = auditOf(db(), "user.update");
    expect(JSON.parse(event.changes!)).toMatchObject({ role: { from: "staff", to: "department_head" } });
  });

  it("a head who is no longer their department's department head stops being named its head, and its version moves on", () => {
    const head = userByEmail(db(), demoEmails.department_head);
    const own = head.departmentId!;
    db().update(departments).set({ headUserId: head.id }).where(eq(departments.id, own)).run();
    const department = () => db().select().from(departments).where(eq(departments.id, own)).get()!;
    const version = department().version;

    updateUser(admin(), head.id, editForm(head.id, { title: "Afdelingschef for det hele" }));
    expect(department()).toMatchObject({ headUserId: head.id, version });

    updateUser(admin(), head.id, editForm(head.id, { role: "staff" }));
    expect(department()).toMatchObject({ headUserId: null, version: version + 1 });
    const name = db().select().from(departments).where(eq(departments.id, own)).get()!.name;
    expect(JSON.parse(auditOf(db(), "user.update").at(-1)!.changes!)).toMatchObject({ headOf: { from: name, to: null } });
  });

  it("refuses a stale edit with the newer values, and changes nothing", () => {
    const target = userByEmail(db(), demoEmails.staff);
    const stale = editForm(target.id, { title: "Min version" });
    updateUser(admin(), target.id, editForm(target.id, { title: "Den andens version" }));
    expect(() => updateUser(admin(), target.id, stale)).toThrow(ConflictError);
    try {
      updateUser(admin(), target.id, stale);
    } catch (error) {
      expect((error as ConflictError).current).toMatchObject({ title: "Den andens version" });
    }
    expect(userByEmail(db(), demoEmails.staff).title).toBe("Den andens version");
  });

  it("refuses removing one's own admin role, and demoting the last active administrator", () => {
    const me = admin();
    expect(() => updateUser(me, me.id, editForm(me.id, { role: "director" }))).toThrow(/egen administratorrolle/);
    for (const email of otherAdmins) updateUser(me, userByEmail(db(), email).id, editForm(userByEmail(db(), email).id, { role: "staff" }));
    // A stale administrator (demoted meanwhile) cannot demote the last one either.
    const demoted = { ...actorOf(db(), otherAdmins[0]), role: "admin" as const };
    expect(() => updateUser(demoted, me.id, editForm(me.id, { role: "staff" }))).toThrow(/sidste aktive administrator/);
    expect(userByEmail(db(), demoEmails.admin).role).toBe("admin");
  });

  for (const role of nonAdmins) {
    it(`refuses a ${role}`, () => {
      const target = userByEmail(db(), demoEmails.staff);
      expect(() => updateUser(demoActor(db(), role), target.id, editForm(target.id, { role: "admin" }))).toThrow(ForbiddenError);
      expect(userByEmail(db(), demoEmails.staff).role).toBe("staff");
    });
  }
});

describe("updateUser: the e-mail", () => {
  it("changes it trimmed and lower-cased, audited old → new; the user signs in with the new address and keeps their sessions", async () => {
    const target = userByEmail(db(), demoEmails.staff);
    const [sessionId] = openSessions(db(), target.id, 1);
    expect(updateUser(admin(), target.id, editForm(target.id, { email: "  Mette.Ny@Egeby.DK " }))).toEqual({ email: "mette.ny@egeby.dk", emailChanged: true });
    expect(db().select().from(users).where(eq(users.id, target.id)).get()!.email).toBe("mette.ny@egeby.dk");
    const [event] = auditOf(db(), "user.update");
    expect(event).toMatchObject({ actorId: admin().id, objectId: String(target.id), outcome: "success" });
    expect(JSON.parse(event.changes!)).toEqual({ email: { from: demoEmails.staff, to: "mette.ny@egeby.dk" } });
    expect(verifyAuditChain(db()).ok).toBe(true);
    expect(resolveSession(sessionId)?.id).toBe(target.id);
    expect(await login("mette.ny@egeby.dk", demoPassword)).toMatchObject({ ok: true, userId: target.id });
    expect(await login(demoEmails.staff, demoPassword)).toEqual({ ok: false, reason: "invalid" });
  });

  it("the same address in another case is no change", () => {
    const target = userByEmail(db(), demoEmails.staff);
    expect(updateUser(admin(), target.id, editForm(target.id, { email: "MEDARBEJDER@egeby.dk", title: "Konsulent" }))).toEqual({
      email: demoEmails.staff,
      emailChanged: false,
    });
    expect(JSON.parse(auditOf(db(), "user.update")[0].changes!)).toEqual({ title: { from: target.title, to: "Konsulent" } });
  });

  it("refuses another user's address whatever its case, with the creation's message, and changes nothing", () => {
    const target = userByEmail(db(), demoEmails.staff);
    const before = userRows();
    const events = auditRows();
    const error = caughtValidation(() => updateUser(admin(), target.id, editForm(target.id, { email: " DIREKTOR@egeby.dk", title: "Ny titel" })));
    expect(error.fieldErrors).toEqual({ email: [duplicateEmailMessage] });
    expect(duplicateEmailMessage).toBe("Der findes allerede en bruger med denne e-mailadresse.");
    expect(userRows()).toEqual(before);
    expect(auditRows()).toBe(events);
  });

  it("refuses a malformed, an empty or a too long address with a Danish message, and changes nothing", () => {
    const target = userByEmail(db(), demoEmails.staff);
    const before = userRows();
    for (const [email, message] of [
      ["ikke-en-adresse", "Skriv en gyldig e-mailadresse, fx navn@kommune.dk"],
      ["navn@", "Skriv en gyldig e-mailadresse, fx navn@kommune.dk"],
      ["   ", "Skriv en gyldig e-mailadresse, fx navn@kommune.dk"],
      [`${"a".repeat(250)}@egeby.dk`, "E-mailadressen må højst være 254 tegn"],
    ]) {
      const error = caughtValidation(() => updateUser(admin(), target.id, editForm(target.id, { email })));
      expect(error.fieldErrors.email, email).toEqual([message]);
    }
    const missing = form({ name: target.name, title: target.title, role: target.role, departmentId: target.departmentId ?? "", version: target.updatedAt });
    expect(caughtValidation(() => updateUser(admin(), target.id, missing)).fieldErrors.email).toEqual(["Skriv en e-mailadresse"]);
    expect(userRows()).toEqual(before);
  });

  it("refuses a stale form, showing the newer address, and changes nothing", () => {
    const target = userByEmail(db(), demoEmails.staff);
    const stale = editForm(target.id, { email: "min.version@egeby.dk" });
    updateUser(admin(), target.id, editForm(target.id, { email: "den.andens@egeby.dk" }));
    let error: unknown;
    try {
      updateUser(admin(), target.id, stale);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ email: "den.andens@egeby.dk" });
    expect(db().select().from(users).where(eq(users.id, target.id)).get()!.email).toBe("den.andens@egeby.dk");
  });

  for (const role of nonAdmins) {
    it(`refuses a ${role} changing an address, auditing the refusal`, () => {
      const target = userByEmail(db(), demoEmails.staff);
      const before = userRows();
      expect(() => updateUser(demoActor(db(), role), target.id, editForm(target.id, { email: "kapret@egeby.dk" }))).toThrow(ForbiddenError);
      expect(userRows()).toEqual(before);
      expect(auditOf(db(), "user.update")).toEqual([expect.objectContaining({ actorRole: role, outcome: "denied" })]);
    });
  }

  it("single sign-on keeps a linked user after the change (matched by the provider's id); an unlinked one is found by the new address only", () => {
    const sso = (sub: string, email: string) =>
      signInWithSso({
        claims: { iss: "https://login.egeby.dk", sub, email, email_verified: true, name: "Test" },
        issuer: "https://login.egeby.dk",
        entraTenant: false,
        ip: "10.9.9.9",
        userAgent: "vitest",
      });
    const linked = userByEmail(db(), demoEmails.staff);
    expect(sso("sub-staff", demoEmails.staff)).toMatchObject({ ok: true, userId: linked.id });
    expect(db().select().from(ssoIdentities).where(eq(ssoIdentities.userId, linked.id)).all()).toHaveLength(1);
    updateUser(admin(), linked.id, editForm(linked.id, { email: "ny.medarbejder@egeby.dk" }));
    expect(sso("sub-staff", demoEmails.staff)).toMatchObject({ ok: true, userId: linked.id });
    expect(getUserForAdmin(linked.id)).toMatchObject({ ssoLinked: true });

    const unlinked = userByEmail(db(), demoEmails.department_head);
    expect(getUserForAdmin(unlinked.id)).toMatchObject({ ssoLinked: false });
    updateUser(admin(), unlinked.id, editForm(unlinked.id, { email: "chef.ny@egeby.dk" }));
    expect(sso("sub-head", demoEmails.department_head)).toEqual({ ok: false, reason: "unknown" });
    expect(sso("sub-head", "chef.ny@egeby.dk")).toMatchObject({ ok: true, userId: unlinked.id });
  });
});

describe("deactivate and reactivate", () => {
  it("deactivation ends every session at once and keeps the user's rows; reactivation lets them back in", async () => {
    const { path, userId } = createUser(admin(), form(newUser));
    await setPasswordWithLink(tokenOf(path), form({ password, confirm: password }));
    const signedIn = await login("ida.holm@egeby.dk");
    const sessionIds = [...openSessions(db(), userId, 2), signedIn.ok ? signedIn.sessionId : ""];
    expect(sessionCount(db(), userId)).toBe(3);
    expect(deactivateUser(admin(), userId)).toEqual({ endedSessions: 3 });
    expect(sessionCount(db(), userId)).toBe(0);
    for (const id of sessionIds) expect(resolveSession(id)).toBeNull();
    expect(userByEmail(db(), "ida.holm@egeby.dk").active).toBe(false);
    expect((await login("ida.holm@egeby.dk")).ok).toBe(false);
    expect(auditOf(db(), "user.deactivate")).toHaveLength(1);
    expect(() => deactivateUser(admin(), userId)).toThrow(/allerede deaktiveret/);

    reactivateUser(admin(), userId);
    expect(userByEmail(db(), "ida.holm@egeby.dk").active).toBe(true);
    expect((await login("ida.holm@egeby.dk")).ok).toBe(true);
    expect(auditOf(db(), "user.reactivate")).toHaveLength(1);
  });

  it("keeps what a deactivated user wrote, under their name", () => {
    const director = userByEmail(db(), demoEmails.director);
    const owned = () => db().select({ code: projects.code }).from(projects).where(eq(projects.ownerId, director.id)).all();
    const before = owned();
    expect(before.length).toBeGreaterThan(0);
    deactivateUser(admin(), director.id);
    expect(owned()).toEqual(before);
    expect(userByEmail(db(), demoEmails.director)).toMatchObject({ name: director.name, active: false });
  });

  it("refuses deactivating oneself and the last active administrator", () => {
    const me = admin();
    expect(() => deactivateUser(me, me.id)).toThrow(/deaktivere dig selv/);
    for (const email of otherAdmins) deactivateUser(me, userByEmail(db(), email).id);
    const stale = actorOf(db(), otherAdmins[0]);
    expect(() => deactivateUser(stale, me.id)).toThrow(/sidste aktive administrator/);
    expect(userByEmail(db(), demoEmails.admin).active).toBe(true);
  });

  for (const role of nonAdmins) {
    it(`refuses a ${role} both ways`, () => {
      const target = userByEmail(db(), demoEmails.staff);
      expect(() => deactivateUser(demoActor(db(), role), target.id)).toThrow(ForbiddenError);
      expect(userByEmail(db(), demoEmails.staff).active).toBe(true);
      deactivateUser(admin(), target.id);
      expect(() => reactivateUser(demoActor(db(), role), target.id)).toThrow(ForbiddenError);
      expect(userByEmail(db(), demoEmails.staff).active).toBe(false);
    });
  }
});

describe("unlockUser", () => {
  it("clears the account's throttles (any address) and failures, so the user can sign in again", async () => {
    const { path } = createUser(admin(), form(newUser));
    await setPasswordWithLink(tokenOf(path), form({ password, confirm: password }));
    const key = "ida.holm@egeby.dk";
    const until = new Date(Date.now() + 3_600_000).toISOString();
    db().insert(loginThrottles).values([{ accountKey: key, lockedUntil: until }, { accountKey: `${key}\n10.1.1.1`, lockedUntil: until }, { accountKey: `${key}x\n10.1.1.1`, lockedUntil: until }]).run();
    db().insert(loginFailures).values({ accountKey: key, ip: "10.1.1.1", occurredAt: new Date().toISOString() }).run();
    const id = userByEmail(db(), key).id;
    expect(listUsersForAdmin("name", undefined, { q: "ida holm", role: null, departmentId: null, active: "all" }).rows).toEqual([expect.objectContaining({ id, locked: true })]);
    expect(await login(key)).toEqual({ ok: false, reason: "locked" });

    expect(unlockUser(admin(), id)).toEqual({ clearedThrottles: 2 });
    expect(db().select().from(loginThrottles).all().map((row) => row.accountKey)).toEqual([`${key}x\n10.1.1.1`]);
    expect(db().select().from(loginFailures).where(eq(loginFailures.accountKey, key)).all()).toHaveLength(0);
    expect(getUserForAdmin(id)?.locked).toBe(false);
    expect((await login(key)).ok).toBe(true);
    expect(auditOf(db(), "user.unlock")).toHaveLength(1);
  });

  for (const role of nonAdmins) {
    it(`refuses a ${role}`, () => {
      const target = userByEmail(db(), demoEmails.staff);
      db().insert(loginThrottles).values({ accountKey: target.email, lockedUntil: new Date(Date.now() + 3_600_000).toISOString() }).run();
      expect(() => unlockUser(demoActor(db(), role), target.id)).toThrow(ForbiddenError);
      expect(db().select().from(loginThrottles).all()).toHaveLength(1);
    });
  }
});

describe("resetUserPassword", () => {
  it("ends the sessions, stops the old password, revokes older links and issues a new link", async () => {
    const first = createUser(admin(), form(newUser));
    await setPasswordWithLink(tokenOf(first.path), form({ password, confirm: password }));
    const older = resetUserPassword(admin(), first.userId);
    openSessions(db(), first.userId, 2);
    const latest = resetUserPassword(admin(), first.userId);
    expect(sessionCount(db(), first.userId)).toBe(0);
    expect((await login("ida.holm@egeby.dk")).ok).toBe(false);
    expect(checkOneTimeLink(tokenOf(older.path)).state).toBe("revoked");
    await expect(setPasswordWithLink(tokenOf(older.path), form({ password, confirm: password }))).rejects.toThrow(ServiceError);
    const fresh = "endnu en lang sætning";
    await setPasswordWithLink(tokenOf(latest.path), form({ password: fresh, confirm: fresh }));
    expect((await login("ida.holm@egeby.dk", fresh)).ok).toBe(true);
    expect(auditOf(db(), "user.password_reset")).toHaveLength(2);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  for (const role of nonAdmins) {
    it(`refuses a ${role}`, () => {
      const target = userByEmail(db(), demoEmails.staff);
      openSessions(db(), target.id, 1);
      expect(() => resetUserPassword(demoActor(db(), role), target.id)).toThrow(ForbiddenError);
      expect(sessionCount(db(), target.id)).toBe(1);
      expect(userByEmail(db(), demoEmails.staff).passwordHash).toBe(target.passwordHash);
      expect(db().select().from(oneTimeLinks).all()).toHaveLength(0);
    });
  }
});

describe("listUsersForAdmin filters", () => {
  it("searches name and e-mail, and filters by role, department and active", () => {
    const all = { q: "", role: null, departmentId: null, active: "all" as const };
    const byName = listUsersForAdmin("name", undefined, { ...all, q: "NIKOLAJ" }).rows;
    expect(byName.map((row) => row.email)).toEqual([demoEmails.admin]);
    expect(listUsersForAdmin("name", undefined, { ...all, q: "afdelingschef@" }).rows.map((row) => row.email)).toEqual([demoEmails.department_head]);
    expect(listUsersForAdmin("name", undefined, { ...all, q: "100%_" }).rows).toEqual([]);
    const admins = listUsersForAdmin("name", undefined, { ...all, role: "admin" });
    expect(admins.info.total).toBe(3);
    const social = departmentId("Social og Sundhed");
    expect(listUsersForAdmin("name", undefined, { ...all, departmentId: social }).rows.every((row) => row.departmentName === "Social og Sundhed")).toBe(true);
    deactivateUser(admin(), userByEmail(db(), demoEmails.staff).id);
    expect(listUsersForAdmin("name", undefined, { ...all, active: "inactive" }).rows.map((row) => row.email)).toEqual([demoEmails.staff]);
    expect(listUsersForAdmin("name", undefined, { ...all, active: "active" }).rows.some((row) => row.email === demoEmails.staff)).toBe(false);
  });
});
