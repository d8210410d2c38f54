import { describe, expect, it } from "vitest";
import { isUsableCallbackUrl } from "@/lib/auth/callback-url";

const origin = "https://styrerum.egeby.dk";

describe("isUsableCallbackUrl", () => {
  it("accepts a path on this site and an absolute http(s) address", () => {
    expect(isUsableCallbackUrl("/projects/DIG-2026-001?fane=risici", origin)).toBe(true);
    expect(isUsableCallbackUrl("https://styrerum.egeby.dk/login", origin)).toBe(true);
  });

  it("refuses what Auth.js cannot parse: plain words, numbers, markup, other schemes", () => {
    for (const value of ["abc", "-1", "1e999", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)", " "]) {
      expect(isUsableCallbackUrl(value, origin), value).toBe(false);
    }
  });
});
