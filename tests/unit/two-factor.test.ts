import { describe, expect, it } from "vitest";
import {
  formatRecoveryCode,
  isFreshStep,
  isTwoFactorRequired,
  normalizeRecoveryCode,
  normalizeTotpCode,
  parseRequiredRoles,
  recoveryCodeAlphabet,
  stepAt,
} from "@/lib/domain/two-factor";

describe("two-factor rules", () => {
  it("reads six-digit codes with spaces or a dash, and nothing else", () => {
    expect(normalizeTotpCode("123 456")).toBe("123456");
    expect(normalizeTotpCode("123-456")).toBe("123456");
    expect(normalizeTotpCode("12345")).toBeNull();
    expect(normalizeTotpCode("12345a")).toBeNull();
  });

  it("accepts a step only after the last used one", () => {
    expect(isFreshStep(101, 100)).toBe(true);
    expect(isFreshStep(100, 100)).toBe(false);
    expect(isFreshStep(99, 100)).toBe(false);
    expect(stepAt(new Date(90_000))).toBe(3);
  });

  it("formats recovery codes in the unambiguous alphabet and reads them back however typed", () => {
    const code = formatRecoveryCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect([...code.replace("-", "")].every((character) => recoveryCodeAlphabet.includes(character))).toBe(true);
    expect(normalizeRecoveryCode(code.toLowerCase().replace("-", " "))).toBe(code);
    expect(normalizeRecoveryCode("ABCDE-FGHI0")).toBeNull();
    expect(normalizeRecoveryCode("ABCD")).toBeNull();
  });

  it("reads the required roles from codes or Danish labels, and ignores unknown words", () => {
    expect(parseRequiredRoles("Direktør, admin")).toEqual(["director", "admin"]);
    expect(parseRequiredRoles("")).toEqual([]);
    expect(isTwoFactorRequired("staff", "director;Administrator")).toBe(false);
    expect(isTwoFactorRequired("admin", "director;Administrator")).toBe(true);
    expect(parseRequiredRoles("Direktør, chef")).toEqual(["director"]);
  });
});
