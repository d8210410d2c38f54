import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy } from "@/lib/content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("page Content-Security-Policy", () => {
  it("allows scripts only by this request's nonce, never inline", () => {
    const policy = pageContentSecurityPolicy("abc123");
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, "script-src")).not.toContain("unsafe-inline");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("adds unsafe-eval only in development", () => {
    expect(pageContentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy("n")).not.toContain("unsafe-eval");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
