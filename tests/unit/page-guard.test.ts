import { describe, expect, it } from "vitest";
import { guardPage, isCrossSiteAction, newNonce, pageContentSecurityPolicy, signInProviderOrigin } from "@/lib/page-guard.mjs";

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

describe("a server action from another site", () => {
  const action = { "next-action": "7f3a", host: "styrerum.egeby.dk" };

  it("is one whose Origin names another host, or cannot be read", () => {
    expect(isCrossSiteAction("POST", { ...action, origin: "https://evil.example" })).toBe(true);
    expect(isCrossSiteAction("POST", { ...action, origin: "https://styrerum.egeby.dk.evil.example" })).toBe(true);
    expect(isCrossSiteAction("POST", { ...action, origin: "null" })).toBe(true);
  });

  it("is not one from this site, by Host or by the proxy's X-Forwarded-Host", () => {
    expect(isCrossSiteAction("POST", { ...action, origin: "https://styrerum.egeby.dk" })).toBe(false);
    expect(isCrossSiteAction("POST", { ...action, host: "127.0.0.1:3000", "x-forwarded-host": "styrerum.egeby.dk", origin: "https://styrerum.egeby.dk" })).toBe(false);
    expect(isCrossSiteAction("POST", { ...action, host: "localhost:3000", origin: "http://localhost:3000" })).toBe(false);
  });

  it("leaves alone what is not a server action, and an action without an Origin (Next.js decides those)", () => {
    expect(isCrossSiteAction("POST", { host: "styrerum.egeby.dk", origin: "https://evil.example" })).toBe(false);
    expect(isCrossSiteAction("GET", { ...action, origin: "https://evil.example" })).toBe(false);
    expect(isCrossSiteAction("POST", action)).toBe(false);
  });
});

describe("the guard in front of every page", () => {
  const session = "theme=x; authjs.session-token=abc";

  it("sends the anonymous to /login with the page they asked for", () => {
    expect(guardPage("/portfolio", undefined)).toEqual({ kind: "login", location: "/login?next=%2Fportfolio" });
    expect(guardPage("/", "theme=x")).toEqual({ kind: "login", location: "/login" });
  });

  it("lets public pages, route handlers and static files through without a session", () => {
    expect(guardPage("/login", undefined).kind).toBe("page");
    expect(guardPage("/share/abc", undefined).kind).toBe("page");
    expect(guardPage("/api/health", undefined).kind).toBe("other");
    expect(guardPage("/_next/static/chunks/x.js", undefined).kind).toBe("other");
  });

  it("gives a page with a session cookie (plain, secure or chunked) its own policy and nonce", () => {
    for (const cookie of [session, "__Secure-authjs.session-token=abc", "authjs.session-token.0=abc"]) {
      const guard = guardPage("/portfolio", cookie);
      expect(guard.kind).toBe("page");
      if (guard.kind === "page") expect(guard.policy).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
    }
    expect(guardPage("/portfolio", "my-authjs.session-token=abc").kind).toBe("login");
  });
});

describe("forms and the single sign-on provider", () => {
  it("lets forms lead on to the provider's origin only when single sign-on is configured", () => {
    expect(directive(pageContentSecurityPolicy("n"), "form-action")).toBe("form-action 'self'");
    const origin = signInProviderOrigin("https://login.microsoftonline.com/tenant-id/v2.0");
    expect(origin).toBe("https://login.microsoftonline.com");
    expect(directive(pageContentSecurityPolicy("n", false, origin), "form-action")).toBe("form-action 'self' https://login.microsoftonline.com");
    expect(signInProviderOrigin(undefined)).toBeNull();
    expect(signInProviderOrigin("ikke en adresse")).toBeNull();
  });
});


describe("meeting mode offline", () => {
  it("lets pages register a service worker from this site only", () => {
    expect(directive(pageContentSecurityPolicy("n"), "worker-src")).toBe("worker-src 'self'");
  });

  it("serves the meeting worker to the signed-in only, and the manifest and its icons to everyone", () => {
    expect(guardPage("/meeting-sw.js", "authjs.session-token=abc").kind).toBe("page");
    expect(guardPage("/meeting-sw.js", undefined).kind).toBe("login");
    for (const path of ["/manifest.webmanifest", "/icon-192.png", "/icon-512.png", "/apple-touch-icon.png"]) expect(guardPage(path, undefined).kind).toBe("other");
    expect(guardPage("/icon-999.png", undefined).kind).toBe("login");
  });
});
