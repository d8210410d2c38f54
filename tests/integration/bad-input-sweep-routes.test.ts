import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import type { Role } from "@/lib/codes";
import { tableChecksums } from "@/lib/operations/table-checksums";
import type { SessionUser } from "@/lib/services/auth";
import { signedIn } from "./account-fixtures";
import { badValues, changedTables, formFieldNames, root, routeHandlerFiles } from "./bad-input-sweep-catalog";
import { withDemoDatabase } from "./temp-database";

/**
 * The bad-input sweep over every route handler (app/**\/route.ts): each exported HTTP method gets query strings and
 * bodies of missing, wrong-type, over-long, control-character and markup values, signed out, as the director and as
 * an administrator.
 *
 * Acceptable answers: a 4xx; a 2xx from the health routes and from Auth.js's pages for GET (its sign-out page, a CSRF
 * token, the empty session), and from the exports, whose filters drop what they do not
 * understand (as the portfolio page does, so an old bookmark still works) — the file is the unfiltered view the user
 * may see; a 2xx from the search pickers, for which any text is a search (at most 20 matches, usually none); a
 * redirect from Auth.js's own endpoints, which answer a request they refuse (no CSRF token, an unknown action) by
 * sending the browser to an error page on this site. Never a 5xx or a thrown error, and never a change to a
 * data table (the audit trail, login throttling and sessions may record the attempt).
 */

const state = vi.hoisted(() => ({ user: null as SessionUser | null }));

vi.mock("@/lib/auth/current-user", () => ({
  getSessionUser: async () => state.user,
  getCurrentUser: async () => state.user,
}));

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;

/** Values for each dynamic segment the app's routes use; a route with a segment not listed here fails the sweep. */
const segmentValues: Record<string, string[][] | string[]> = {
  format: ["csv", "xlsx", "<script>alert(1)</script>", ".."],
  id: ["0", "-1", "abc", "1e999", "999999999", "<script>alert(1)</script>", ".."],
  nextauth: [["session"], ["csrf"], ["signin"], ["signout"], ["callback", "credentials"], ["<script>"], ["callback", "x'; drop table users;--"]],
};

/** Routes that answer 2xx to bad input by design (see above), by their path pattern. */
const answersWithContent = [/^\/api\/health(\/ready)?$/, /^\/portfolio\/export\//, /^\/benefits\/export\//, /^\/api\/admin\/audit\/export$/, /^\/api\/pickers\//];
const isAuthJs = (pattern: string) => pattern.startsWith("/api/auth/");
/** Routes that never ask who is signed in: they answer everyone alike, so they are swept once, signed out. */
const sameForEveryone = (pattern: string) => isAuthJs(pattern) || pattern.startsWith("/api/health");

/** The URL path pattern of a route file: route groups dropped, dynamic segments kept as [name]. */
function pathPattern(file: string): string {
  const segments = file
    .replace(/^app\//, "")
    .replace(/\/?route\.tsx?$/, "")
    .split("/")
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** Every concrete path with params to request for a pattern, or an error naming the segment the sweep does not know. */
function concretePaths(pattern: string): { path: string; params: Record<string, string | string[]> }[] {
  let results = [{ path: "", params: {} as Record<string, string | string[]> }];
  for (const segment of pattern.split("/").filter(Boolean)) {
    const dynamic = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
    if (!dynamic) {
      results = results.map((result) => ({ ...result, path: `${result.path}/${segment}` }));
      continue;
    }
    const values = segmentValues[dynamic[2]];
    if (!values) throw new Error(`${pattern}: the sweep has no values for the segment ${segment}`);
    results = results.flatMap((result) =>
      values.map((value) => ({
        path: `${result.path}/${(Array.isArray(value) ? value : [value]).map(encodeURIComponent).join("/")}`,
        params: { ...result.params, [dynamic[2]]: value },
      })),
    );
  }
  return results;
}

const fields = formFieldNames();

/**
 * Bad query strings: none, then every known field (and the filters' names) set to one bad value at a time. Long
 * values are cut to 4,000 characters here: the server refuses a request line over 16 KB before any handler runs.
 */
function badQueries(): string[] {
  const names = [...new Set([...fields, "q", "page", "sort", "dir", "phase", "light", "department", "status", "from", "to", "action", "actor", "format", "callbackUrl"])];
  return [
    "",
    ...Object.values(badValues).map((value) => new URLSearchParams(names.map((name) => [name, value.slice(0, 4_000)])).toString()),
  ];
}

/** Bad bodies: none, garbage JSON, and a form body of every known field set to one bad value. */
function badBodies(): { type: string; body: string }[] {
  return [
    { type: "application/x-www-form-urlencoded", body: "" },
    { type: "application/json", body: '{"email": ' },
    ...Object.values(badValues).map((value) => ({
      type: "application/x-www-form-urlencoded",
      body: new URLSearchParams(fields.map((name) => [name, value])).toString(),
    })),
  ];
}

async function problemWith(pattern: string, handler: Handler, method: string, url: string, params: Record<string, string | string[]>, body?: { type: string; body: string }) {
  const hasBody = body && method !== "GET" && method !== "HEAD";
  const request = new NextRequest(url, {
    method,
    headers: hasBody ? { "content-type": body.type, "x-forwarded-for": "10.9.9.9" } : { "x-forwarded-for": "10.9.9.9" },
    body: hasBody ? body.body : undefined,
  });
  let response: Response;
  try {
    response = await handler(request, { params: Promise.resolve(params) });
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`;
  }
  const { status } = response;
  if (status >= 400 && status < 500) return null;
  if (status >= 200 && status < 300 && answersWithContent.some((allowed) => allowed.test(pattern))) return null;
  // Auth.js's own pages and JSON (its sign-out page, a CSRF token, the empty session) read nothing from the request.
  if (status >= 200 && status < 300 && isAuthJs(pattern) && (method === "GET" || method === "HEAD")) return null;
  if (status >= 300 && status < 400 && isAuthJs(pattern)) {
    const location = response.headers.get("location") ?? "";
    return new URL(location, url).origin === new URL(url).origin ? null : `redirected off site to ${location}`;
  }
  return `answered ${status}`;
}

const files = routeHandlerFiles();

async function sweepRoutes(file: string, role: Role | null): Promise<string[]> {
  const pattern = pathPattern(file);
  if (role && sameForEveryone(pattern)) return [];
  state.user = role ? signedIn(role) : null;
  const sqlite = getDb().$client;
  const problems: string[] = [];
  const handlers = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  const exported = methods.filter((method) => typeof handlers[method] === "function");
  const before = tableChecksums(sqlite);
  let paths: ReturnType<typeof concretePaths> = [];
  try {
    paths = concretePaths(pattern);
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const { path: concrete, params } of paths) {
    for (const method of exported) {
      const handler = handlers[method] as Handler;
      // Bad query strings without a body, then (for methods with a body) bad bodies without a query string.
      const requests: { query: string; body?: { type: string; body: string } }[] = badQueries().map((query) => ({ query }));
      if (method !== "GET" && method !== "HEAD") requests.push(...badBodies().map((body) => ({ query: "", body })));
      for (const { query, body } of requests) {
        const url = `http://localhost:3000${concrete}${query ? `?${query}` : ""}`;
        const problem = await problemWith(pattern, handler, method, url, params, body);
        if (problem) problems.push(`${method} ${concrete} (${role ?? "signed out"}; query ${query.slice(0, 60)}; body ${body?.body.slice(0, 40) ?? "none"}): ${problem}`);
      }
    }
  }
  const changed = changedTables(before, tableChecksums(sqlite));
  if (changed.length > 0) problems.push(`${file} (${role ?? "signed out"}): wrote to ${changed.join(", ")}`);
  return problems;
}

describe("the bad-input sweep over every route handler", () => {
  withDemoDatabase();

  beforeAll(() => {
    process.env.AUTH_SECRET ??= "bad-input-sweep-secret-that-is-long-enough-0123456789";
    process.env.AUTH_TRUST_HOST = "true";
    // Auth.js logs every refused request with its stack; the sweep reads the answers instead.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });

  it("answers a callback address Auth.js cannot use with a 400, where Auth.js itself answered 500", async () => {
    const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
    for (const handler of [GET, POST]) {
      const response = await handler(new NextRequest("http://localhost:3000/api/auth/csrf?callbackUrl=abc", { method: handler === GET ? "GET" : "POST" }));
      expect(response.status).toBe(400);
      expect(await response.text()).toBe("Ugyldig adresse at vende tilbage til.");
    }
    const usable = await GET(new NextRequest("http://localhost:3000/api/auth/csrf?callbackUrl=%2Fportfolio"));
    expect(usable.status).toBe(200);
  });

  it("finds the route handlers from the code", () => {
    expect(files).toEqual(expect.arrayContaining(["app/api/health/route.ts", "app/api/auth/[...nextauth]/route.ts"]));
    expect(pathPattern("app/(portal)/benefits/export/[format]/route.ts")).toBe("/benefits/export/[format]");
  });

  for (const role of [null, "director", "admin"] as const) {
    describe(role ? `signed in as the demo ${role}` : "signed out", () => {
      it.each(files)("%s answers bad input with a 4xx and writes nothing", async (file) => {
        expect(await sweepRoutes(file, role)).toEqual([]);
      });
    });
  }
});
