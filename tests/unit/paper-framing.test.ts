import { describe, expect, it } from "vitest";
import { guardPage, pageContentSecurityPolicy } from "@/lib/page-guard.mjs";

describe("framing board papers", () => {
  it("lets pages (meeting mode) frame this site's papers, and nothing else frame the pages", () => {
    const policy = pageContentSecurityPolicy("n");
    expect(policy.split("; ")).toContain("frame-src 'self'");
    expect(policy.split("; ")).toContain("frame-ancestors 'none'");
  });

  it("leaves /attachments/<id> to its route handler, which sets its own policy and answers the anonymous with 404", () => {
    expect(guardPage("/attachments/12", undefined)).toEqual({ kind: "other" });
    expect(guardPage("/attachments", undefined).kind).toBe("login");
  });
});
