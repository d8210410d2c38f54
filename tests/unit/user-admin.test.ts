import { describe, expect, it } from "vitest";
import {
  activeAdminsAfter,
  isUnusablePasswordHash,
  linkState,
  oneTimeLinkExpiry,
  unusablePasswordHash,
  userChangeRefusal,
  userEmailHint,
} from "@/lib/domain/user-admin";

const admin = { id: 1, role: "admin" as const, active: true };
const otherAdmin = { id: 2, role: "admin" as const, active: true };
const staff = { id: 3, role: "staff" as const, active: true };

describe("userChangeRefusal", () => {
  it("lets an administrator demote or deactivate another administrator while another active one remains", () => {
    expect(userChangeRefusal(1, otherAdmin, { role: "staff", active: true }, 2)).toBeNull();
    expect(userChangeRefusal(1, otherAdmin, { role: "admin", active: false }, 2)).toBeNull();
  });

  it("refuses deactivating or demoting oneself, whatever the number of administrators", () => {
    expect(userChangeRefusal(1, admin, { role: "admin", active: false }, 3)).toMatch(/deaktivere dig selv/);
    expect(userChangeRefusal(1, admin, { role: "director", active: true }, 3)).toMatch(/egen administratorrolle/);
    expect(userChangeRefusal(1, admin, { role: "admin", active: true }, 1)).toBeNull();
  });

  it("refuses the change that would leave no active administrator", () => {
    expect(userChangeRefusal(9, otherAdmin, { role: "staff", active: true }, 1)).toMatch(/sidste aktive administrator.*anden rolle/);
    expect(userChangeRefusal(9, otherAdmin, { role: "admin", active: false }, 1)).toMatch(/sidste aktive administrator.*deaktiveres/);
  });

  it("leaves other users alone: the rule is only about active administrators", () => {
    expect(userChangeRefusal(1, staff, { role: "director", active: false }, 1)).toBeNull();
    expect(userChangeRefusal(1, { ...otherAdmin, active: false }, { role: "staff", active: false }, 1)).toBeNull();
  });
});

describe("activeAdminsAfter", () => {
  it("counts administrators gained and lost by a batch of changes", () => {
    expect(
      activeAdminsAfter(2, [
        { before: { role: "admin", active: true }, after: { role: "staff", active: true } },
        { before: null, after: { role: "admin", active: true } },
        { before: { role: "admin", active: false }, after: { role: "admin", active: false } },
      ]),
    ).toBe(2);
    expect(activeAdminsAfter(1, [{ before: { role: "admin", active: true }, after: { role: "director", active: true } }])).toBe(0);
  });
});

describe("one-time links", () => {
  const now = new Date("2026-03-01T12:00:00.000Z");

  it("expire 72 hours after issue", () => {
    expect(oneTimeLinkExpiry(now)).toBe("2026-03-04T12:00:00.000Z");
  });

  it("are valid until they expire, are used or are replaced", () => {
    const link = { expiresAt: "2026-03-04T12:00:00.000Z", usedAt: null, revokedAt: null };
    expect(linkState(link, now)).toBe("valid");
    expect(linkState(link, new Date("2026-03-04T12:00:00.000Z"))).toBe("expired");
    expect(linkState({ ...link, usedAt: "2026-03-01T13:00:00.000Z" }, now)).toBe("used");
    expect(linkState({ ...link, revokedAt: "2026-03-01T13:00:00.000Z" }, now)).toBe("revoked");
    expect(linkState(undefined, now)).toBe("unknown");
  });

  it("store an unusable marker until the password is chosen, never an argon2 hash", () => {
    expect(isUnusablePasswordHash(unusablePasswordHash)).toBe(true);
    expect(isUnusablePasswordHash("$argon2id$v=19$m=19456,t=2,p=1$abc$def")).toBe(false);
  });
});

describe("the e-mail field's hint", () => {
  it("names single sign-on only where it is set up, and says what a new address means for a linked and an unlinked user", () => {
    const base = "Brugeren logger ind med denne adresse. Den skal være unik.";
    expect(userEmailHint({ ssoConfigured: false, ssoLinked: true })).toBe(base);
    expect(userEmailHint({ ssoConfigured: true, ssoLinked: true })).toBe(`${base} Brugeren er knyttet til kommunens login (single sign-on), og det følger med, når adressen ændres.`);
    expect(userEmailHint({ ssoConfigured: true, ssoLinked: false })).toMatch(/findes brugeren på denne adresse, så den skal være den samme som i kommunens login\.$/);
  });
});
