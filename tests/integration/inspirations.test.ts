import { and, desc, eq, gt } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents, inspirations, projects, users, zones } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { inspirationPageNumber, listLinkChoices, listLinkedInspirations, pageInspirations } from "@/lib/queries/inspirations";
import type { InspirationFilter } from "@/lib/validation/inspirations";
import { searchLearnings } from "@/lib/queries/learnings";
import { ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { logInspiration } from "@/lib/services/inspirations";
import { isWebLink } from "@/lib/validation/inspirations";
import { learningFilterSchema } from "@/lib/validation/learnings";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

function userByEmail(email: string): ActingUser {
  const row = db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

let staff: ActingUser;
let zoneId: number;
let projectId: number;
let start = { audit: 0, inspiration: 0 };

const entry = {
  title: "OS2-konferencen om fælles løsninger",
  sourceKind: "kl_os2",
  organisation: "OS2 – offentligt digitaliseringsfællesskab",
  date: "2026-03-12",
  link: "https://os2.eu/konference",
  takeaway: "Fælles open source-moduler sparer os for at udvikle selv; vi bør melde os i OS2rollekatalog.",
};

const newRows = () => db().select().from(inspirations).where(gt(inspirations.id, start.inspiration)).all();
const auditOf = (action: string) => db().select().from(auditEvents).where(and(eq(auditEvents.action, action), gt(auditEvents.id, start.audit))).all();

function fieldErrorsOf(call: () => unknown): Record<string, string[]> {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

beforeEach(() => {
  staff = userByEmail("medarbejder@egeby.dk");
  zoneId = db()
    .insert(zones)
    .values({ name: "Udsynsrum", slug: "udsynsrum-test", sponsorId: userByEmail("direktor@egeby.dk").id })
    .returning({ id: zones.id })
    .get().id;
  projectId = db().select({ id: projects.id }).from(projects).limit(1).get()!.id;
  start = {
    audit: db().select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get()?.id ?? 0,
    inspiration: db().select({ id: inspirations.id }).from(inspirations).orderBy(desc(inspirations.id)).limit(1).get()?.id ?? 0,
  };
});

describe("isWebLink", () => {
  it("accepts only absolute http and https addresses", () => {
    expect(isWebLink("https://www.kl.dk/")).toBe(true);
    expect(isWebLink("http://aarhus.dk/om")).toBe(true);
    for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,hi", "ftp://kl.dk", "/outlook", "www.kl.dk", "https://", "mailto:a@b.dk"]) {
      expect(isWebLink(bad), bad).toBe(false);
    }
  });
});

describe("logInspiration", () => {
  for (const email of ["direktor@egeby.dk", "afdelingschef@egeby.dk", "medarbejder@egeby.dk", "admin@egeby.dk"]) {
    it(`lets ${email} log an outlook entry linked to a zone and a project, audited`, () => {
      const actor = userByEmail(email);
      const { id } = logInspiration(actor, { ...entry, zoneId: String(zoneId), projectId: String(projectId) });
      expect(newRows()).toEqual([
        expect.objectContaining({ id, title: entry.title, sourceKind: "kl_os2", link: entry.link, zoneId, projectId, createdById: actor.id }),
      ]);
      expect(auditOf("inspiration.create")).toEqual([expect.objectContaining({ actorId: actor.id, objectType: "inspiration", objectId: String(id), outcome: "success" })]);
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  it("keeps an entry without link, zone or project", () => {
    const { id } = logInspiration(staff, { ...entry, link: " ", zoneId: "", projectId: "" });
    expect(newRows()).toEqual([expect.objectContaining({ id, link: null, zoneId: null, projectId: null })]);
  });

  it("refuses a javascript: link and every other non-web link, and changes nothing", () => {
    for (const link of ["javascript:alert(1)", " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "ftp://kl.dk/fil", "kl.dk"]) {
      expect(fieldErrorsOf(() => logInspiration(staff, { ...entry, link })), link).toEqual({
        link: ["Linket skal være en fuld webadresse, der begynder med http:// eller https://"],
      });
    }
    expect(newRows()).toEqual([]);
    expect(auditOf("inspiration.create")).toEqual([]);
  });

  it("refuses missing fields, an impossible date, an unknown source, zone or project, with Danish messages", () => {
    expect(fieldErrorsOf(() => logInspiration(staff, { title: "Ok titel" }))).toMatchObject({
      sourceKind: [expect.stringMatching(/^Vælg en kilde/)],
      organisation: ["Skriv hvem I lærte af"],
      date: ["Datoen skal være en dato"],
      takeaway: ["Skriv hvad I tager med jer"],
    });
    expect(fieldErrorsOf(() => logInspiration(staff, { ...entry, date: "2026-02-30" }))).toEqual({ date: ["Datoen skal være en gyldig dato"] });
    expect(fieldErrorsOf(() => logInspiration(staff, { ...entry, sourceKind: "rumors" })).sourceKind).toBeDefined();
    expect(fieldErrorsOf(() => logInspiration(staff, { ...entry, zoneId: "99999", projectId: "99999" }))).toEqual({
      zoneId: ["Udviklingsrummet findes ikke"],
      projectId: ["Projektet findes ikke"],
    });
    expect(newRows()).toEqual([]);
  });
});

describe("outlook queries", () => {
  it("filters by source kind and lists the entries linked to a project or a zone", () => {
    const linked = logInspiration(staff, { ...entry, zoneId, projectId }).id;
    const zoneOnly = logInspiration(staff, { ...entry, title: "Netværksmøde om velfærdsteknologi", sourceKind: "network", zoneId }).id;
    const course = logInspiration(staff, { ...entry, title: "Kursus i gevinstrealisering", sourceKind: "course" }).id;
    const ids = (items: { id: number }[]) => items.map((item) => item.id);
    const firstPage = (source: InspirationFilter["source"]) => pageInspirations({ source }, { page: 1, limit: 50, offset: 0 }).rows;
    expect(ids(firstPage("course"))).toContain(course);
    expect(ids(firstPage("course"))).not.toContain(linked);
    expect(firstPage("network").every((item) => item.sourceKind === "network")).toBe(true);
    expect(ids(listLinkedInspirations({ zoneId })).sort()).toEqual([linked, zoneOnly].sort());
    expect(ids(listLinkedInspirations({ projectId }))).toContain(linked);
    expect(ids(listLinkedInspirations({ projectId }))).not.toContain(zoneOnly);
    expect(listLinkedInspirations({})).toEqual([]);
    expect(listLinkChoices().zones.map((zone) => zone.id)).toContain(zoneId);
  });

  it("pages the outlook newest first and finds the page that shows a given entry", () => {
    const ids = (items: { id: number }[]) => items.map((item) => item.id);
    const dated = ["2025-01-10", "2025-03-10", "2025-02-10", "2025-03-10"].map((date, index) => logInspiration(staff, { ...entry, title: `Konference nr. ${index + 1}`, sourceKind: "conference", date }).id);
    const all = pageInspirations({ source: "conference" }, { page: 1, limit: 500, offset: 0 });
    const order = ids(all.rows).filter((id) => dated.includes(id));
    expect(order).toEqual([dated[3], dated[1], dated[2], dated[0]]);
    const pageSize = 2;
    for (const id of ids(all.rows)) {
      const page = inspirationPageNumber({ source: "conference" }, id, pageSize)!;
      expect(ids(pageInspirations({ source: "conference" }, { page, limit: pageSize, offset: (page - 1) * pageSize }).rows), `entry ${id}`).toContain(id);
    }
    expect(inspirationPageNumber({ source: "course" }, dated[0], pageSize)).toBeNull();
    expect(pageInspirations({ source: "conference" }, { page: 2, limit: pageSize, offset: pageSize }).info).toMatchObject({ page: 2, total: all.info.total });
  });

  it("an outlook entry is found by the Erfaringsbank search", () => {
    const { id } = logInspiration(staff, { ...entry, title: "Kvaksalvertræf i Ærøskøbing", takeaway: "Ærlige svar om økonomi." });
    const found = searchLearnings(learningFilterSchema.parse({ q: "ærøskøb" }));
    expect(found).toEqual([expect.objectContaining({ kind: "inspiration", id, sourceKind: "kl_os2" })]);
  });
});
