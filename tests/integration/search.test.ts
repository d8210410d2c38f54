import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import {
  agendaItems,
  benefits,
  decisions,
  experiments,
  ideas,
  inspirations,
  meetings,
  projects,
  searchDocuments,
  users,
  zones,
} from "@/db/schema";
import type { SearchGroup } from "@/lib/domain/search-types";
import { searchLearnings } from "@/lib/queries/learnings";
import { searchEverything, type SearchHit } from "@/lib/queries/search";
import { syncSearchIndex } from "@/lib/search/sync";
import type { ActingUser } from "@/lib/services/guard";
import { learningFilterSchema } from "@/lib/validation/learnings";
import { planOf, statementsOf } from "./statement-capture";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

function userByEmail(email: string): ActingUser {
  const row = db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

type Readers = Record<"director" | "departmentHead" | "staff" | "admin", ActingUser>;
let readers: Readers;

beforeEach(() => {
  readers = {
    director: userByEmail("direktor@egeby.dk"),
    departmentHead: userByEmail("afdelingschef@egeby.dk"),
    staff: userByEmail("medarbejder@egeby.dk"),
    admin: userByEmail("admin@egeby.dk"),
  };
});

const firstPage = { page: 1, limit: 50, offset: 0 };
const search = (reader: ActingUser, q: string, type?: SearchGroup) => searchEverything(reader, { q, type }, firstPage);
const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join("");
const titles = (hits: SearchHit[]) => hits.map((hit) => text(hit.title)).sort();

let counter = 0;
function insertProject(values: Partial<typeof projects.$inferInsert> = {}) {
  counter += 1;
  const head = readers.departmentHead;
  return db()
    .insert(projects)
    .values({
      code: `DIG-2030-${String(counter).padStart(3, "0")}`,
      title: "Testprojekt",
      purpose: "efficiency",
      departmentId: head.departmentId!,
      ownerId: head.id,
      leadId: readers.staff.id,
      ...values,
    })
    .returning({ id: projects.id, code: projects.code })
    .get();
}

function insertZone(name: string, values: Partial<typeof zones.$inferInsert> = {}) {
  counter += 1;
  return db()
    .insert(zones)
    .values({ name, slug: `testrum-${counter}`, sponsorId: readers.director.id, leadId: readers.staff.id, ...values })
    .returning({ id: zones.id, slug: zones.slug })
    .get();
}

function insertMeeting(title: string, published: boolean, agendaTitle: string) {
  const meeting = db()
    .insert(meetings)
    .values({ title, date: "2031-01-15", location: "Rådhuset", createdById: readers.director.id, agendaPublishedAt: published ? "2031-01-01T09:00:00.000Z" : null })
    .returning({ id: meetings.id })
    .get();
  const item = db()
    .insert(agendaItems)
    .values({ meetingId: meeting.id, position: 1, kind: "decision", title: agendaTitle, summary: "Oplæg til drøftelse.", proposedDecision: "Koncernledelsen godkender." })
    .returning({ id: agendaItems.id })
    .get();
  return { meetingId: meeting.id, itemId: item.id };
}

function insertIdea(title: string, description = "") {
  return db().insert(ideas).values({ title, description, authorId: readers.staff.id }).returning({ id: ideas.id }).get().id;
}

function insertUser(name: string, title: string, active = true) {
  counter += 1;
  return db()
    .insert(users)
    .values({ name, title, email: `person-${counter}@test.dk`, role: "staff", departmentId: readers.departmentHead.departmentId, active, passwordHash: "not-a-real-hash" })
    .returning({ id: users.id })
    .get().id;
}

describe("one search over everything", () => {
  it("finds each type by a word of it, with its Danish type, a link and the word marked", () => {
    const project = insertProject({ title: "Kvarkbølge i hjemmeplejen", summary: "Et projekt om data." });
    const closed = insertProject({ title: "Afsluttet forløb", phase: "closed", closingLearning: "Kvarkbølgen lærte os at starte småt." });
    const benefit = db()
      .insert(benefits)
      .values({ projectId: project.id, title: "Færre kvarkbølger", type: "quality" })
      .returning({ id: benefits.id })
      .get().id;
    const zone = insertZone("Rum for kvarkbølger", { purpose: "Afprøvning." });
    const running = db()
      .insert(experiments)
      .values({ zoneId: zone.id, title: "Forsøg med kvarkbølge", hypothesis: "Vi tror at det virker.", createdById: readers.staff.id })
      .returning({ id: experiments.id })
      .get().id;
    const finished = db()
      .insert(experiments)
      .values({ zoneId: zone.id, title: "Afsluttet forsøg", learning: "Kvarkbølgen virkede.", state: "finished", createdById: readers.staff.id })
      .returning({ id: experiments.id })
      .get().id;
    const inspiration = db()
      .insert(inspirations)
      .values({ title: "Kvarkbølger i Odense", sourceKind: "municipality", date: "2026-05-01", takeaway: "De startede småt.", createdById: readers.staff.id })
      .returning({ id: inspirations.id })
      .get().id;
    const idea = insertIdea("Idé om kvarkbølge");
    const { meetingId, itemId } = insertMeeting("Møde om kvarkbølger", true, "Beslutning om kvarkbølge");
    const person = insertUser("Karla Kvarkbølge", "Specialist");

    const result = search(readers.director, "kvarkbølge");
    const hrefs = result.rows.map((hit) => hit.href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `/projects/${project.code}`,
        `/learnings/project/${closed.id}`,
        `/projects/${closed.code}`,
        `/projects/${project.code}?tab=benefits#benefit-${benefit}`,
        `/zones/${zone.slug}`,
        `/experiments/${running}`,
        `/experiments/${finished}`,
        `/learnings/experiment/${finished}`,
        `/outlook?udsyn=${inspiration}#inspiration-${inspiration}`,
        `/ideas/${idea}`,
        `/meetings/${meetingId}`,
        `/meetings/${meetingId}#agenda-item-${itemId}`,
        `/portfolio/projects?owner=${person}`,
      ]),
    );
    expect(result.counts.map((count) => count.group).sort()).toEqual(
      ["agenda_item", "benefit", "experiment", "idea", "inspiration", "learning", "meeting", "person", "project", "zone"].sort(),
    );
    const projectHit = result.rows.find((hit) => hit.href === `/projects/${project.code}`)!;
    expect(projectHit.group).toBe("project");
    expect(projectHit.title).toEqual([
      { text: "Kvarkbølge", match: true },
      { text: " i hjemmeplejen", match: false },
    ]);
    expect(projectHit.context).toContain(project.code);
    const learningHit = result.rows.find((hit) => hit.href === `/learnings/project/${closed.id}`)!;
    expect(learningHit.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(["Kvarkbølgen"]);
    expect(search(readers.admin, "kvarkbølge", "person").rows.map((hit) => hit.href)).toEqual([`/admin/users/${person}`]);
    expect(search(readers.director, "kvarkbølge", "learning").rows.map((hit) => hit.href).sort()).toEqual(
      [`/learnings/experiment/${finished}`, `/learnings/project/${closed.id}`].sort(),
    );
  });

  it("finds people by name, title and department", () => {
    insertUser("Palle Pixelsen", "Teamleder for velfærdsteknologi");
    const department = db().$client.prepare("select name from departments where id = ?").pluck().get(readers.departmentHead.departmentId) as string;
    expect(titles(search(readers.staff, "pixelsen", "person").rows)).toEqual(["Palle Pixelsen"]);
    expect(titles(search(readers.staff, "pixelsen teamleder", "person").rows)).toEqual(["Palle Pixelsen"]);
    expect(titles(search(readers.staff, `pixelsen ${department}`, "person").rows)).toEqual(["Palle Pixelsen"]);
  });

  it("matches Danish word forms: borger, borgere, borgerne, borgernes; sensor, sensorer", () => {
    const forms = ["borger", "borgere", "borgerne", "borgernes"];
    for (const form of forms) insertIdea(`Zyxbo for ${form}`);
    insertIdea("Zyxbo for en sensor");
    insertIdea("Zyxbo med sensorer");
    for (const form of forms) {
      expect(titles(search(readers.staff, `zyxbo ${form}`).rows), form).toEqual(forms.map((f) => `Zyxbo for ${f}`).sort());
    }
    for (const form of ["sensor", "sensorer", "sensorerne"]) {
      expect(titles(search(readers.staff, `${form} zyxbo`).rows), form).toEqual(["Zyxbo for en sensor", "Zyxbo med sensorer"]);
    }
    expect(titles(search(readers.staff, "zyxbo borgern").rows)).toEqual(["Zyxbo for borgerne", "Zyxbo for borgernes"]);
    expect(search(readers.staff, "zyxbo borgmester").rows).toEqual([]);
  });

  it("follows inserts, updates and deletes, whichever connection writes them", () => {
    const id = insertIdea("Glimmerfisk i havnen");
    expect(titles(search(readers.staff, "glimmerfisk").rows)).toEqual(["Glimmerfisk i havnen"]);
    db().$client.prepare("update ideas set title = 'Sølvfisk i havnen' where id = ?").run(id);
    expect(search(readers.staff, "glimmerfisk").rows).toEqual([]);
    expect(titles(search(readers.staff, "sølvfisk").rows)).toEqual(["Sølvfisk i havnen"]);
    db().delete(ideas).where(eq(ideas.id, id)).run();
    expect(search(readers.staff, "sølvfisk").rows).toEqual([]);
    expect(db().select().from(searchDocuments).where(eq(searchDocuments.refId, id)).all().filter((doc) => doc.type === "idea")).toEqual([]);
  });

  it("follows a finished experiment into the Erfaringsbank and out again, and a zone's new name into its experiments", () => {
    const zone = insertZone("Plankerum");
    const id = db()
      .insert(experiments)
      .values({ zoneId: zone.id, title: "Tangsnegle tælles", state: "running", createdById: readers.staff.id })
      .returning({ id: experiments.id })
      .get().id;
    expect(search(readers.staff, "tangsnegle", "learning").rows).toEqual([]);
    db().update(experiments).set({ state: "finished", learning: "Det gik godt." }).where(eq(experiments.id, id)).run();
    expect(search(readers.staff, "tangsnegle", "learning").rows.map((hit) => hit.href)).toEqual([`/learnings/experiment/${id}`]);
    db().update(zones).set({ name: "Tangrum" }).where(eq(zones.id, zone.id)).run();
    expect(search(readers.staff, "tangsnegle", "experiment").rows.map((hit) => hit.context)).toEqual(["Tangrum"]);
    db().update(experiments).set({ state: "running" }).where(eq(experiments.id, id)).run();
    expect(search(readers.staff, "tangsnegle", "learning").rows).toEqual([]);
    expect(search(readers.staff, "tangsnegle", "experiment").rows).toHaveLength(1);
  });

  it("indexes a decision's text with its agenda item and removes a deleted meeting's items", () => {
    const { meetingId, itemId } = insertMeeting("Møde om havne", true, "Havneplan");
    db().insert(decisions).values({ agendaItemId: itemId, outcome: "approved", text: "Godkendt med krølfinne.", recordedById: readers.director.id, recordedAt: "2031-01-15T10:00:00.000Z" }).run();
    expect(search(readers.director, "krølfinne").rows.map((hit) => hit.href)).toEqual([`/meetings/${meetingId}#agenda-item-${itemId}`]);
    db().delete(meetings).where(eq(meetings.id, meetingId)).run();
    expect(search(readers.director, "krølfinne").rows).toEqual([]);
    expect(search(readers.director, "havneplan").rows).toEqual([]);
  });

  it("pages through many hits and counts them", () => {
    for (let i = 0; i < 25; i++) insertIdea(`Blåbærsyltetøj nummer ${i}`);
    const first = searchEverything(readers.staff, { q: "blåbærsyltetøj" }, { page: 1, limit: 20, offset: 0 });
    const second = searchEverything(readers.staff, { q: "blåbærsyltetøj" }, { page: 2, limit: 20, offset: 20 });
    expect(first.info).toMatchObject({ total: 25, pageCount: 2, from: 1, to: 20 });
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((hit) => hit.key)).size).toBe(25);
    expect(first.counts).toEqual([{ group: "idea", count: 25 }]);
  });

  it("answers nothing for a search without words, and survives operators and quotes", () => {
    insertIdea("Operatorprøve");
    expect(search(readers.staff, "").rows).toEqual([]);
    expect(search(readers.staff, '" * - ( )').rows).toEqual([]);
    for (const q of ['"operatorprøve', "operatorprøve NEAR(", "operatorprøve OR", "title:operatorprøve", "operatorprøve*", "'; drop table ideas; --"]) {
      expect(() => search(readers.staff, q), q).not.toThrow();
    }
    expect(titles(search(readers.staff, "(operatorprøve)").rows)).toEqual(["Operatorprøve"]);
    expect(search(readers.staff, "operatorprøve AND").rows).toEqual([]);
  });
});

describe("only what the reader may read", () => {
  const everyone = ["director", "departmentHead", "staff", "admin"] as const;
  const finds = (who: keyof Readers, q: string) => search(readers[who], q).rows.length > 0;
  const leaks = (who: keyof Readers, q: string) => JSON.stringify(search(readers[who], q)).toLowerCase().includes(q);

  it("shows a meeting and its agenda before publication to directors only, after it to department heads and admins too, never to staff", () => {
    const { meetingId } = insertMeeting("Lukket møde om snurretop", false, "Fortroligt punkt om hvepsebo");
    expect(search(readers.director, "snurretop").rows.map((hit) => hit.group)).toEqual(["meeting"]);
    expect(search(readers.director, "hvepsebo").rows.map((hit) => hit.group)).toEqual(["agenda_item"]);
    for (const who of ["departmentHead", "staff", "admin"] as const) {
      for (const q of ["snurretop", "hvepsebo"]) {
        expect(finds(who, q), `${who} ${q}`).toBe(false);
        expect(leaks(who, q), `${who} ${q}`).toBe(false);
      }
      expect(search(readers[who], "snurretop").counts).toEqual([]);
    }
    db().update(meetings).set({ agendaPublishedAt: "2031-01-02T09:00:00.000Z" }).where(eq(meetings.id, meetingId)).run();
    for (const who of ["director", "departmentHead", "admin"] as const) {
      expect(finds(who, "snurretop"), who).toBe(true);
      expect(finds(who, "hvepsebo"), who).toBe(true);
    }
    expect(finds("staff", "snurretop")).toBe(false);
    expect(leaks("staff", "hvepsebo")).toBe(false);
    expect(search(readers.staff, "hvepsebo", "agenda_item").rows).toEqual([]);
  });

  it("shows a deactivated person to administrators only, and an active one to everyone", () => {
    const id = insertUser("Tove Trommeslager", "Konsulent", false);
    expect(search(readers.admin, "trommeslager").rows.map((hit) => hit.href)).toEqual([`/admin/users/${id}`]);
    for (const who of ["director", "departmentHead", "staff"] as const) {
      expect(finds(who, "trommeslager"), who).toBe(false);
      expect(leaks(who, "trommeslager"), who).toBe(false);
    }
    db().update(users).set({ active: true }).where(eq(users.id, id)).run();
    for (const who of everyone) expect(finds(who, "trommeslager"), who).toBe(true);
  });
});

describe("the query plan", () => {
  it("starts from the FTS5 index and reads documents by key, never the whole table", () => {
    insertIdea("Planprøve for søgning");
    const statements = statementsOf(db(), () => expect(search(readers.director, "planprøve").rows).toHaveLength(1));
    const searches = statements.filter(({ sql }) => sql.includes("search_index match"));
    expect(searches).toHaveLength(2);
    for (const statement of searches) {
      const plan = planOf(db(), statement);
      expect(plan.some((detail) => /^SCAN search_index VIRTUAL TABLE/.test(detail)), plan.join("; ")).toBe(true);
      expect(plan.some((detail) => /^SEARCH d USING INTEGER PRIMARY KEY/.test(detail)), plan.join("; ")).toBe(true);
      expect(plan.filter((detail) => /^SCAN (d|search_documents)\b/.test(detail))).toEqual([]);
    }
  });
});

describe("the Erfaringsbank on the same index", () => {
  it("finds a learning card by another form of its words and keeps its filters", () => {
    const zone = insertZone("Erfaringsrum for sensorer");
    const id = db()
      .insert(experiments)
      .values({
        zoneId: zone.id,
        title: "Vandsensorer i kældre",
        learning: "Borgerne meldte færre oversvømmelser.",
        technology: "IoT",
        state: "finished",
        sharing: "network",
        decision: "scale",
        createdById: readers.staff.id,
      })
      .returning({ id: experiments.id })
      .get().id;
    const learnings = (params: Record<string, string>) => searchLearnings(learningFilterSchema.parse(params)).map((item) => `${item.kind}-${item.id}`);
    for (const q of ["vandsensor", "vandsensorerne", "borgernes oversvømmelse", "vandsens"]) {
      expect(learnings({ q }), q).toContain(`experiment-${id}`);
    }
    expect(learnings({ q: "vandsensor", sharing: "network", zone: String(zone.id), technology: "iot" })).toEqual([`experiment-${id}`]);
    expect(learnings({ q: "vandsensor", sharing: "public" })).toEqual([]);
  });

  it("builds the index once and then finds nothing dirty", () => {
    syncSearchIndex(db());
    expect(db().$client.prepare("select count(*) from search_documents where dirty = 1").pluck().get()).toBe(0);
    expect(syncSearchIndex(db())).toBe(0);
    insertIdea("Ny idé");
    expect(syncSearchIndex(db())).toBe(1);
  });
});
