import { createHash } from "node:crypto";
import { and, desc, eq, gt } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents, experiments, inspirations, projects, shareLinks, users, zoneMembers, zones } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { getLearningDetail, getSharedLearningCard, listShareLinks, searchLearnings } from "@/lib/queries/learnings";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { createShareLink, revokeShareLink } from "@/lib/services/learnings";
import { learningFilterSchema } from "@/lib/validation/learnings";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

function userByEmail(email: string): ActingUser {
  const row = db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

/** Distinct demo users of a role, skipping the ones given. */
function usersOfRole(role: ActingUser["role"], skip: number[] = []): ActingUser[] {
  return db()
    .select({ id: users.id, role: users.role, departmentId: users.departmentId })
    .from(users)
    .where(eq(users.role, role))
    .all()
    .filter((user) => !skip.includes(user.id));
}

type People = { director: ActingUser; sponsor: ActingUser; lead: ActingUser; creator: ActingUser; outsider: ActingUser; departmentHead: ActingUser; admin: ActingUser };
let people: People;
let zoneId: number;
let projectCounter = 0;

function insertExperiment(values: Partial<typeof experiments.$inferInsert> = {}): number {
  return db()
    .insert(experiments)
    .values({
      zoneId,
      title: "Skærmbesøg i hjemmeplejen",
      hypothesis: "Vi tror at borgere kan få aftenbesøg på skærm.",
      observation: "Ældre borgere tog godt imod skærmen efter to uger.",
      learning: "Teknologien virker, når medarbejderne er trygge ved den.",
      technology: "Velfærdsteknologi",
      radarRing: "trial",
      decision: "scale",
      evidenceStrength: "moderate",
      sharing: "public",
      state: "finished",
      finishedAt: "2026-03-01T10:00:00.000Z",
      createdById: people.creator.id,
      ...values,
    })
    .returning({ id: experiments.id })
    .get().id;
}

function insertClosedProject(values: Partial<typeof projects.$inferInsert> = {}): { id: number; code: string } {
  const owner = people.departmentHead;
  projectCounter += 1;
  const code = `DIG-2019-${String(900 + projectCounter)}`;
  return db()
    .insert(projects)
    .values({
      code,
      title: "Digitale byggesager",
      summary: "Byggesager behandles digitalt fra ansøgning til afgørelse.",
      purpose: "efficiency",
      departmentId: owner.departmentId!,
      ownerId: owner.id,
      leadId: people.lead.id,
      phase: "closed",
      closingLearning: "Økonomien holdt, fordi sagsbehandlerne var med fra begyndelsen.",
      zoneId,
      ...values,
    })
    .returning({ id: projects.id, code: projects.code })
    .get();
}

const search = (params: Record<string, string>) => searchLearnings(learningFilterSchema.parse(params));
const keys = (items: { kind: string; id: number }[]) => items.map((item) => `${item.kind}-${item.id}`);
/** Rows of this test's own making: the demo seed may hold share links and audit events of its own. */
let auditStart = 0;
let linkStart = 0;
const auditOf = (action: string) =>
  db()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), gt(auditEvents.id, auditStart)))
    .all();
const linkRows = () => db().select().from(shareLinks).where(gt(shareLinks.id, linkStart)).orderBy(shareLinks.id).all();

beforeEach(() => {
  const director = userByEmail("direktor@egeby.dk");
  const [sponsor] = usersOfRole("director", [director.id]);
  const [lead, creator, outsider] = usersOfRole("staff", [userByEmail("medarbejder@egeby.dk").id]);
  people = { director, sponsor, lead, creator, outsider, departmentHead: userByEmail("afdelingschef@egeby.dk"), admin: userByEmail("admin@egeby.dk") };
  zoneId = db()
    .insert(zones)
    .values({ name: "Testrum for erfaringer", slug: `testrum-${Date.now()}`, sponsorId: sponsor.id, leadId: lead.id, riskFrameKr: 1_000_000 })
    .returning({ id: zones.id })
    .get().id;
  db().insert(zoneMembers).values({ zoneId, userId: creator.id }).run();
  auditStart = db().select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get()?.id ?? 0;
  linkStart = db().select({ id: shareLinks.id }).from(shareLinks).orderBy(desc(shareLinks.id)).limit(1).get()?.id ?? 0;
});

describe("searchLearnings (FTS5)", () => {
  it("finds a finished experiment by a word with æ/ø/å in either case and by prefix", () => {
    const id = insertExperiment();
    for (const q of ["skærmbesøg", "SKÆRMBESØG", "Ældre", "ældre", "ÆLDRE", "tekno", "TEKNOLOGIEN", "skærmbesøg hjemme", "borgerne", "skærmene"]) {
      expect(keys(search({ q })), q).toContain(`experiment-${id}`);
    }
    expect(search({ q: "skærmbesøg" }).find((item) => item.kind === "experiment" && item.id === id)).toMatchObject({
      decision: "scale",
      sharing: "public",
      technology: "Velfærdsteknologi",
      zoneName: "Testrum for erfaringer",
    });
  });

  it("finds a closed project's closing learning by ø and å words in either case and by prefix", () => {
    const { id } = insertClosedProject({ summary: "Åbne data om byggesager." });
    for (const q of ["økonomien", "ØKONOMIEN", "øko", "ØKO", "åbne", "ÅBNE", "å"]) {
      expect(keys(search({ q })), q).toContain(`project-${id}`);
    }
  });

  it("does not find drafts, running experiments or projects that are not closed", () => {
    const draft = insertExperiment({ state: "draft", title: "Kvantesensor kladde" });
    const running = insertExperiment({ state: "running", title: "Kvantesensor i drift" });
    const open = insertClosedProject({ phase: "trial", title: "Kvantesensor projekt" });
    expect(search({ q: "kvantesensor" })).toEqual([]);
    expect(keys(search({}))).not.toContain(`experiment-${draft}`);
    expect(keys(search({}))).not.toContain(`experiment-${running}`);
    expect(keys(search({}))).not.toContain(`project-${open.id}`);
    db().update(experiments).set({ state: "finished" }).where(eq(experiments.id, running)).run();
    expect(keys(search({ q: "kvantesensor" }))).toEqual([`experiment-${running}`]);
  });

  it("orders by relevance: a title hit comes before a hit in the body", () => {
    const inBody = insertExperiment({ title: "Sensorer i plejeboliger", learning: "Kvælstofmåling blev nævnt en enkelt gang." });
    const inTitle = insertExperiment({ title: "Kvælstofmåling med sensorer", learning: "Kvælstofmåling kan forudsiges; kvælstofmåling koster." });
    expect(keys(search({ q: "kvælstofmåling" }))).toEqual([`experiment-${inTitle}`, `experiment-${inBody}`]);
  });

  it("includes outlook entries in search results, not in the plain list", () => {
    const inspiration = db()
      .insert(inspirations)
      .values({ title: "Skærmbesøg i Aarhus", sourceKind: "municipality", organisation: "Aarhus Kommune", date: "2026-02-01", takeaway: "De startede småt.", createdById: people.outsider.id })
      .returning({ id: inspirations.id })
      .get().id;
    expect(keys(search({ q: "skærmbesøg" }))).toContain(`inspiration-${inspiration}`);
    expect(keys(search({}))).not.toContain(`inspiration-${inspiration}`);
    expect(keys(search({ kind: "inspiration" }))).toContain(`inspiration-${inspiration}`);
  });

  it("filters by technology, zone, decision, sharing level and kind", () => {
    const scale = insertExperiment({ title: "Kvækforsøg et", decision: "scale", sharing: "public", technology: "Chatbot" });
    const stop = insertExperiment({ title: "Kvækforsøg to", decision: "stop", sharing: "network", technology: "RPA" });
    const project = insertClosedProject({ title: "Kvækprojekt" });
    const q = "kvæk";
    expect(keys(search({ q, decision: "stop" }))).toEqual([`experiment-${stop}`]);
    expect(keys(search({ q, sharing: "public" }))).toEqual([`experiment-${scale}`]);
    expect(keys(search({ q, sharing: "internal" }))).toEqual([`project-${project.id}`]);
    expect(keys(search({ q, technology: "chatbot" }))).toEqual([`experiment-${scale}`]);
    expect(keys(search({ q, kind: "project" }))).toEqual([`project-${project.id}`]);
    expect(keys(search({ q, zone: String(zoneId) })).sort()).toEqual([`experiment-${scale}`, `experiment-${stop}`, `project-${project.id}`].sort());
    expect(search({ q, zone: "999999" })).toEqual([]);
  });

  it("survives operators and stray quotes in the search text", () => {
    insertExperiment();
    expect(() => search({ q: '"skærm' })).not.toThrow();
    expect(() => search({ q: "NEAR( AND OR * -" })).not.toThrow();
    expect(search({ q: "---" })).toEqual([]);
  });
});

describe("createShareLink", () => {
  const allowed = ["director", "sponsor", "lead", "creator"] as const;
  for (const who of allowed) {
    it(`lets the ${who} make a link for a public learning: only the hash is stored, the token resolves to the card`, () => {
      const id = insertExperiment();
      const { id: linkId, token } = createShareLink(people[who], { kind: "experiment", id });
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [row] = linkRows();
      expect(row).toMatchObject({ id: linkId, experimentId: id, projectId: null, createdById: people[who].id, revokedAt: null });
      expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
      expect(JSON.stringify(row)).not.toContain(token);
      const [event] = auditOf("share_link.create");
      expect(event).toMatchObject({ actorId: people[who].id, outcome: "success", objectType: "share_link", objectId: String(linkId) });
      expect(JSON.parse(event.changes!)).toEqual({ experimentId: id });
      expect(JSON.stringify(db().select().from(auditEvents).all())).not.toContain(token);
      expect(JSON.stringify(db().select().from(shareLinks).all())).not.toContain(token);
      expect(getSharedLearningCard(token)).toMatchObject({ kind: "experiment", id, title: "Skærmbesøg i hjemmeplejen", sharing: "public" });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const who of ["outsider", "departmentHead", "admin"] as const) {
    it(`refuses the ${who} of an experiment, stores nothing and audits the refusal`, () => {
      const id = insertExperiment();
      expect(() => createShareLink(people[who], { kind: "experiment", id })).toThrow(ForbiddenError);
      expect(linkRows()).toEqual([]);
      expect(auditOf("share_link.create")).toEqual([expect.objectContaining({ actorId: people[who].id, outcome: "denied", objectType: "experiment", objectId: String(id) })]);
    });
  }

  for (const sharing of ["internal", "network"] as const) {
    it(`refuses a link for a ${sharing} learning even for a director, and audits the refusal`, () => {
      const id = insertExperiment({ sharing });
      expect(() => createShareLink(people.director, { kind: "experiment", id })).toThrow(/Kun erfaringer med delingsniveauet Offentlig/);
      expect(linkRows()).toEqual([]);
      expect(auditOf("share_link.create")).toEqual([expect.objectContaining({ actorId: people.director.id, outcome: "denied" })]);
    });
  }

  it("answers 'findes ikke' for an experiment that is not finished, a project that is not closed and nonsense", () => {
    const running = insertExperiment({ state: "running" });
    const open = insertClosedProject({ phase: "implementation" });
    expect(() => createShareLink(people.director, { kind: "experiment", id: running })).toThrow(NotFoundError);
    expect(() => createShareLink(people.director, { kind: "project", id: open.id })).toThrow(NotFoundError);
    expect(() => createShareLink(people.director, { kind: "experiment", id: 999_999 })).toThrow(NotFoundError);
    expect(() => createShareLink(people.director, { kind: "zone", id: 1 })).toThrow(ValidationError);
    expect(linkRows()).toEqual([]);
  });

  it("for a closed project asks canEditProject first, and then refuses because project learnings are not public", () => {
    const { id } = insertClosedProject();
    expect(() => createShareLink(people.outsider, { kind: "project", id })).toThrow("Du har ikke rettighed til at gøre dette.");
    expect(() => createShareLink(people.lead, { kind: "project", id })).toThrow(/Kun erfaringer med delingsniveauet Offentlig/);
    expect(linkRows()).toEqual([]);
    expect(auditOf("share_link.create").map((event) => [event.actorId, event.outcome])).toEqual([
      [people.outsider.id, "denied"],
      [people.lead.id, "denied"],
    ]);
    expect(getLearningDetail({ kind: "project", id })?.card).toMatchObject({ kind: "project", sharing: "internal" });
  });
});

describe("revokeShareLink and the public lookup", () => {
  it("a revoked link resolves to nothing; revoking is audited and a second revoke changes nothing", () => {
    const id = insertExperiment();
    const { id: linkId, token } = createShareLink(people.lead, { kind: "experiment", id });
    expect(getSharedLearningCard(token)).not.toBeNull();
    revokeShareLink(people.sponsor, linkId);
    expect(getSharedLearningCard(token)).toBeNull();
    expect(db().select().from(shareLinks).where(eq(shareLinks.id, linkId)).get()).toMatchObject({ revokedById: people.sponsor.id, revokedAt: expect.any(String) });
    expect(auditOf("share_link.revoke")).toEqual([expect.objectContaining({ actorId: people.sponsor.id, outcome: "success", objectId: String(linkId) })]);
    revokeShareLink(people.director, linkId);
    expect(auditOf("share_link.revoke")).toHaveLength(1);
    expect(listShareLinks({ kind: "experiment", id })).toEqual([expect.objectContaining({ id: linkId, revokedAt: expect.any(String) })]);
  });

  for (const who of ["outsider", "departmentHead", "admin"] as const) {
    it(`refuses the ${who} to revoke, and the link keeps working`, () => {
      const id = insertExperiment();
      const { id: linkId, token } = createShareLink(people.creator, { kind: "experiment", id });
      expect(() => revokeShareLink(people[who], linkId)).toThrow(ForbiddenError);
      expect(db().select().from(shareLinks).where(eq(shareLinks.id, linkId)).get()?.revokedAt).toBeNull();
      expect(getSharedLearningCard(token)).not.toBeNull();
      expect(auditOf("share_link.revoke")).toEqual([expect.objectContaining({ actorId: people[who].id, outcome: "denied" })]);
    });
  }

  it("an unknown or malformed token resolves to nothing", () => {
    insertExperiment();
    expect(getSharedLearningCard("A".repeat(43))).toBeNull();
    expect(getSharedLearningCard("kort")).toBeNull();
    expect(getSharedLearningCard("' or 1=1 --")).toBeNull();
    expect(() => revokeShareLink(people.director, 999_999)).toThrow(NotFoundError);
  });

  it("a link stops working when its learning is no longer public", () => {
    const id = insertExperiment();
    const { token } = createShareLink(people.director, { kind: "experiment", id });
    db().update(experiments).set({ sharing: "network" }).where(eq(experiments.id, id)).run();
    expect(getSharedLearningCard(token)).toBeNull();
  });
});
