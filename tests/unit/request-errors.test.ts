import { describe, expect, it } from "vitest";
import { requestErrorFields } from "@/lib/request-errors";
import { routeMatcher } from "@/lib/route-patterns.mjs";

describe("request error log fields", () => {
  it("carries the request id, the digest shown as fejlreference and the route, never the headers", () => {
    const error = Object.assign(new Error("Databasen svarer ikke"), { digest: "2471183947" });
    const fields = requestErrorFields(
      error,
      { path: "/projects/DIG-1", method: "GET", headers: { "x-request-id": "abc-123", cookie: "authjs.session-token=hemmelig" } },
      { routePath: "/projects/[code]", routeType: "render" },
    );
    expect(fields).toMatchObject({ requestId: "abc-123", fejlreference: "2471183947", method: "GET", route: "/projects/[code]", routeType: "render" });
    expect(JSON.stringify(fields)).not.toContain("hemmelig");
    expect(JSON.stringify(fields)).not.toContain("DIG-1");
  });

  it("copes with a thrown non-error", () => {
    const fields = requestErrorFields("ups", { path: "/", method: "POST", headers: {} }, { routePath: "/", routeType: "action" });
    expect(fields).toMatchObject({ requestId: null, fejlreference: null, err: { message: "ups" } });
  });
});

describe("route patterns for the request log", () => {
  const routeOf = routeMatcher({
    staticRoutes: [{ page: "/", regex: "^/(?:/)?$" }, { page: "/portfolio", regex: "^/portfolio(?:/)?$" }],
    dynamicRoutes: [{ page: "/projects/[code]", regex: "^/projects/([^/]+?)(?:/)?$" }],
  });

  it("names a path by its route, never its ids", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/portfolio")).toBe("/portfolio");
    expect(routeOf("/projects/DIG-2024-002")).toBe("/projects/[code]");
    expect(routeOf("/_next/static/chunks/a.js")).toBe("/_next/*");
    expect(routeOf("/findes/ikke")).toBe("(ukendt)");
  });
});
