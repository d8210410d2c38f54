import { asc, eq, ne } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { projects, users, zoneMembers, zones } from "@/db/schema";
import type { SessionUser } from "@/lib/services/auth";
import { peopleChoices, PICKER_LIMIT, searchPeople, searchProjects } from "@/lib/queries/pickers";
import { signedIn } from "./account-fixtures";
import { withDemoDatabase } from "./temp-database";

const current = vi.hoisted(() => ({ user: null as SessionUser | null, denyPickers: false }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.user }));
// Every role uses some form that needs each list today; the refusal is checked by taking the forms away.
vi.mock("@/lib/permissions", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/permissions")>();
  return { ...actual, canUsePicker: (...args: Parameters<typeof actual.canUsePicker>) => !current.denyPickers && actual.canUsePicker(...args) };
});

const db = withDemoDatabase();

afterEach(() => {
  current.user = null;
  current.denyPickers = false;
});

const userNamed = (name: string) => db().select().from(users).where(eq(users.name, name)).get()!;
const labels = (options: { label: string }[]) => options.map((option) => option.label);

describe("searching people", () => {
  it("matches every word on the name or the department, and labels a person with their department", () => {
    expect(labels(searchPeople("sara"))).toContain("Sara Munk Jensen (Social og Sundhed)");
    expect(labels(searchPeople("sara social"))).toContain("Sara Munk Jensen (Social og Sundhed)");
    expect(searchPeople("sara teknik")).toEqual([]);
    const department = searchPeople("sundhed", { limit: 1000 });
    expect(department.length).toBeGreaterThan(1);
    expect(department.every((option) => option.label.includes("Sundhed"))).toBe(true);
  });

  it("offers only active people, at most 20 by name, and takes % and _ literally", () => {
    const sara = userNamed("Sara Munk Jensen");
    db().update(users).set({ active: false }).where(eq(users.id, sara.id)).run();
    expect(labels(searchPeople("sara munk"))).toEqual([]);
    expect(labels(searchPeople("sara munk", { scope: "everyone" }))).toEqual(["Sara Munk Jensen (Social og Sundhed)"]);
    const first = searchPeople("");
    expect(first).toHaveLength(PICKER_LIMIT);
    const activeByName = db().select({ id: users.id }).from(users).where(eq(users.active, true)).orderBy(asc(users.name), asc(users.id)).limit(3).all();
    expect(searchPeople("", { limit: 3 }).map((option) => option.id)).toEqual(activeByName.map((row) => row.id));
    expect(searchPeople("%")).toEqual([]);
    expect(searchPeople("_")).toEqual([]);
  });

  it("a zone lead is anyone but an administrator; a zone's own members are left out of its member picker", () => {
    const admin = signedIn("admin");
    const everyone = searchPeople(admin.name, { limit: 1000 }).map((option) => option.id);
    expect(everyone).toContain(admin.id);
    expect(searchPeople(admin.name, { scope: "zone-lead", limit: 1000 }).map((option) => option.id)).not.toContain(admin.id);

    const zone = db().select().from(zones).get()!;
    const sara = userNamed("Sara Munk Jensen");
    db().delete(zoneMembers).where(eq(zoneMembers.zoneId, zone.id)).run();
    expect(searchPeople("sara munk", { notInZone: zone.id }).map((option) => option.id)).toEqual([sara.id]);
    db().insert(zoneMembers).values({ zoneId: zone.id, userId: sara.id, isMedRepresentative: false }).run();
    expect(searchPeople("sara munk", { notInZone: zone.id })).toEqual([]);
    expect(searchPeople("sara munk").map((option) => option.id)).toEqual([sara.id]);
  });

  it("folds the case of Æ, Ø and Å as of A–Z", () => {
    const sara = userNamed("Sara Munk Jensen");
    db().update(users).set({ name: "Øjvind Ærø Ågård" }).where(eq(users.id, sara.id)).run();
    for (const query of ["øjvind", "ØJVIND ærø", "ågård", "ÅGÅRD"]) {
      expect(searchPeople(query).map((option) => option.id), query).toEqual([sara.id]);
    }
  });

  it("names the people already chosen, whatever their state", () => {
    const sara = userNamed("Sara Munk Jensen");
    expect(peopleChoices([sara.id, null])).toEqual([{ id: sara.id, label: "Sara Munk Jensen (Social og Sundhed)" }]);
    expect(peopleChoices([null])).toEqual([]);
  });
});

describe("searching projects", () => {
  it("matches on code or title, labels as code – title, and leaves out stopped projects", () => {
    const project = db().select().from(projects).where(ne(projects.phase, "stopped")).orderBy(asc(projects.code)).get()!;
    const label = `${project.code} – ${project.title}`;
    expect(labels(searchProjects(project.code))).toEqual([label]);
    const firstWord = project.title.split(" ")[0];
    expect(labels(searchProjects(`${firstWord} ${project.code.slice(-3)}`))).toContain(label);
    db().update(projects).set({ phase: "stopped" }).where(eq(projects.id, project.id)).run();
    expect(searchProjects(project.code)).toEqual([]);
  });

  it("returns at most the limit, by code", () => {
    const all = searchProjects("", 1000);
    expect(all.length).toBeGreaterThan(2);
    expect(searchProjects("", 2)).toEqual(all.slice(0, 2));
    expect(searchProjects("").length).toBe(Math.min(all.length, PICKER_LIMIT));
  });
});

describe("the picker routes", () => {
  const routes = async () => ({
    people: (await import("@/app/api/pickers/people/route")).GET,
    projects: (await import("@/app/api/pickers/projects/route")).GET,
  });
  const request = (path: string) => new NextRequest(`http://localhost${path}`);

  it("answer 401 when signed out and 403 to a role without the forms", async () => {
    const { people, projects: projectRoute } = await routes();
    for (const response of [await people(request("/api/pickers/people?q=sara")), await projectRoute(request("/api/pickers/projects?q=DIG"))]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
    current.user = signedIn("staff");
    current.denyPickers = true;
    for (const response of [await people(request("/api/pickers/people?q=sara")), await projectRoute(request("/api/pickers/projects?q=DIG"))]) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "Du har ikke adgang til listen." });
    }
  });

  it("offer deactivated people (the audit log's filter) to administrators only", async () => {
    const { people } = await routes();
    const sara = userNamed("Sara Munk Jensen");
    db().update(users).set({ active: false }).where(eq(users.id, sara.id)).run();
    for (const role of ["director", "department_head", "staff"] as const) {
      current.user = signedIn(role);
      const refused = await people(request("/api/pickers/people?scope=everyone&q=sara%20munk"));
      expect(refused.status, role).toBe(403);
      expect(await (await people(request("/api/pickers/people?q=sara%20munk"))).json(), role).toEqual([]);
    }
    current.user = signedIn("admin");
    const response = await people(request("/api/pickers/people?scope=everyone&q=sara%20munk"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ id: sara.id, label: "Sara Munk Jensen (Social og Sundhed)" }]);
  });

  it("answer a signed-in user with up to 20 { id, label } as private JSON", async () => {
    const { people, projects: projectRoute } = await routes();
    current.user = signedIn("staff");
    const response = await people(request("/api/pickers/people?q=sara%20munk"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const sara = userNamed("Sara Munk Jensen");
    expect(await response.json()).toEqual([{ id: sara.id, label: "Sara Munk Jensen (Social og Sundhed)" }]);

    const admin = signedIn("admin");
    const leads = await (await people(request(`/api/pickers/people?scope=zone-lead&q=${encodeURIComponent(admin.name)}`))).json();
    expect(leads.map((option: { id: number }) => option.id)).not.toContain(admin.id);

    const found = (await (await projectRoute(request("/api/pickers/projects?q="))).json()) as { id: number; label: string }[];
    expect(found).toHaveLength(Math.min(PICKER_LIMIT, searchProjects("", 1000).length));
    expect(found[0].label).toMatch(/^[A-ZÆØÅ]+-\d{4}-\d{3} – /);
  });
});
