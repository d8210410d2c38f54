import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { departments, experiments, projects, users, zones } from "@/db/schema";
import type { ExperimentState } from "@/lib/codes";
import { listProjectPage } from "@/lib/queries/project-page";
import { listZoneExperiments, listZoneProjects, ZONE_EXPERIMENTS_PAGE_SIZE, ZONE_PROJECTS_SHOWN, zoneExperimentStateOrder } from "@/lib/queries/zones";
import { parsePageRequest } from "@/lib/validation/pagination";
import { emptyPortfolioFilter } from "@/lib/validation/portfolio";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const userId = (email: string) => db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
const zonesInOrder = () => db().select({ id: zones.id }).from(zones).orderBy(zones.id).all();
const newZone = (slug: string) => db().insert(zones).values({ name: `Rum ${slug}`, slug }).returning({ id: zones.id }).get();
const experimentPage = (page: number) => parsePageRequest({ forsog: String(page) }, "forsog", ZONE_EXPERIMENTS_PAGE_SIZE);

describe("a zone's projects", () => {
  it("are its ten newest on the zone's page with the count of all, and all of them in the register filtered by the zone", () => {
    const [zone, other] = zonesInOrder();
    const owner = userId("afdelingschef@egeby.dk");
    const departmentId = db().select({ id: departments.id }).from(departments).limit(1).get()!.id;
    const already = db().select({ n: count() }).from(projects).where(eq(projects.zoneId, zone.id)).get()!.n;
    const project = (code: string, zoneId: number) =>
      db().insert(projects).values({ code, title: `Rumprojekt ${code}`, purpose: "efficiency", departmentId, zoneId, ownerId: owner, leadId: owner }).run();
    for (let n = 1; n <= 12; n++) project(`DIG-2099-${String(n).padStart(3, "0")}`, zone.id);
    project("DIG-2099-900", other.id);

    const shown = listZoneProjects(zone.id);
    expect(shown.total).toBe(already + 12);
    expect(shown.rows.map((row) => row.code)).toEqual(Array.from({ length: ZONE_PROJECTS_SHOWN }, (_, index) => `DIG-2099-${String(12 - index).padStart(3, "0")}`));

    const register = listProjectPage({ ...emptyPortfolioFilter, zone: zone.id }, parsePageRequest({}));
    expect(register.info.total).toBe(already + 12);
    expect(register.rows.map((row) => row.code)).not.toContain("DIG-2099-900");
  });
});

describe("a zone's experiments", () => {
  it("page 20 at a time, grouped by state with the most recently changed first, and count every state", () => {
    const zone = newZone("rum-med-mange-forsoeg");
    const creator = userId("medarbejder@egeby.dk");
    const states: ExperimentState[] = ["finished", "running", "draft", "awaiting_approval", "rejected"];
    for (let n = 0; n < 27; n++) {
      const updatedAt = `2099-01-01T00:00:${String(n).padStart(2, "0")}.000Z`;
      db().insert(experiments).values({ zoneId: zone.id, title: `Forsøg ${n}`, state: states[n % states.length], createdById: creator, createdAt: updatedAt, updatedAt }).run();
    }

    const first = listZoneExperiments(zone.id, experimentPage(1));
    const second = listZoneExperiments(zone.id, experimentPage(2));
    expect(first.info).toMatchObject({ total: 27, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(ZONE_EXPERIMENTS_PAGE_SIZE);
    expect(second.rows).toHaveLength(7);
    expect(first.countByState).toEqual({ finished: 6, running: 6, draft: 5, awaiting_approval: 5, rejected: 5 });

    const all = [...first.rows, ...second.rows];
    const rank = (state: ExperimentState) => zoneExperimentStateOrder.indexOf(state as (typeof zoneExperimentStateOrder)[number]);
    const expected = [...all].sort((a, b) => rank(a.state) - rank(b.state) || Number(b.title.split(" ")[1]) - Number(a.title.split(" ")[1]));
    expect(all.map((row) => row.title)).toEqual(expected.map((row) => row.title));
    expect(all[0]).toMatchObject({ title: "Forsøg 23", state: "awaiting_approval" });

    const pastTheEnd = listZoneExperiments(zone.id, experimentPage(99));
    expect(pastTheEnd.info.page).toBe(2);
    expect(pastTheEnd.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
  });

  it("are none, with no pages, in a zone without experiments", () => {
    const zone = newZone("rum-uden-forsoeg");
    expect(listZoneExperiments(zone.id)).toEqual({ rows: [], info: expect.objectContaining({ total: 0, pageCount: 1 }), countByState: {} });
  });
});
