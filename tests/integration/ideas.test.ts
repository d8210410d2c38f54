import { desc, eq, inArray, isNotNull, notInArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents, departments, experiments, ideaComments, ideas, ideaVotes, projects, users, zoneMembers, zones } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { getIdea, listIdeas, listTriageZones } from "@/lib/queries/ideas";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { commentOnIdea, submitIdea, toggleIdeaVote, triageIdea } from "@/lib/services/ideas";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const columns = { id: users.id, role: users.role, departmentId: users.departmentId };

function userByEmail(email: string): ActingUser {
  const row = db().select(columns).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

let director: ActingUser;
let departmentHead: ActingUser;
let staff: ActingUser;
let admin: ActingUser;
let zoneLead: ActingUser;
let otherZoneLead: ActingUser;
let zoneId: number;
let otherZoneId: number;

/** A staff member who leads no zone at all, whatever the demo seed holds. */
function staffLeadingNoZone(): ActingUser {
  const leads = db().select({ id: zones.leadId }).from(zones).where(isNotNull(zones.leadId)).all().map((row) => row.id!);
  const row = db().select(columns).from(users).where(eq(users.role, "staff")).all().find((user) => !leads.includes(user.id));
  if (!row) throw new Error("every staff member leads a zone");
  return row;
}

const ideaRow = (id: number) => db().select().from(ideas).where(eq(ideas.id, id)).get()!;
/** Audit events of this test's own making: the demo seed may have recorded some of the same actions. */
let auditStart = 0;
const auditOf = (action: string) =>
  db()
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .all()
    .filter((event) => event.id > auditStart);
const votesOf = (id: number) => db().select().from(ideaVotes).where(eq(ideaVotes.ideaId, id)).all();
const experimentsOf = (id: number) => db().select().from(experiments).where(eq(experiments.ideaId, id)).all();

/** The ConflictError `call` throws; any other outcome fails the test. */
function staleRefusal(call: () => unknown): ConflictError {
  try {
    call();
  } catch (error) {
    if (error instanceof ConflictError) return error;
    throw error;
  }
  throw new Error("expected a ConflictError");
}

function newIdea(author: ActingUser = staff, title = "Robotstøvsugere på plejecentre"): number {
  return submitIdea(author, { title, description: "Frigør tid til omsorg ved at lade robotter støvsuge fællesarealer." }).id;
}

beforeEach(() => {
  director = userByEmail("direktor@egeby.dk");
  departmentHead = userByEmail("afdelingschef@egeby.dk");
  staff = userByEmail("medarbejder@egeby.dk");
  admin = userByEmail("admin@egeby.dk");
  const existingLeads = db().select({ id: zones.leadId }).from(zones).where(isNotNull(zones.leadId)).all().map((row) => row.id!);
  const [first, second] = db()
    .select(columns)
    .from(users)
    .where(existingLeads.length ? notInArray(users.id, [...existingLeads, staff.id]) : notInArray(users.id, [staff.id]))
    .all()
    .filter((user) => user.role === "staff");
  zoneLead = first;
  otherZoneLead = second;
  const insertZone = (name: string, leadId: number) =>
    db()
      .insert(zones)
      .values({ name, slug: `${name.toLowerCase().replaceAll(" ", "-")}-${leadId}`, sponsorId: director.id, leadId, riskFrameKr: 500_000 })
      .returning({ id: zones.id })
      .get().id;
  zoneId = insertZone("Idérum", zoneLead.id);
  otherZoneId = insertZone("Andet rum", otherZoneLead.id);
  auditStart = db().select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get()?.id ?? 0;
});

describe("submitIdea", () => {
  for (const email of ["direktor@egeby.dk", "afdelingschef@egeby.dk", "medarbejder@egeby.dk", "admin@egeby.dk"]) {
    it(`lets ${email} submit an idea, audited`, () => {
      const author = userByEmail(email);
      const { id } = submitIdea(author, { title: "  Chatbot i Borgerservice ", description: "Svar på de hyppigste spørgsmål døgnet rundt.", departmentId: "" });
      expect(ideaRow(id)).toMatchObject({ title: "Chatbot i Borgerservice", authorId: author.id, status: "new", departmentId: null, version: 1 });
      expect(auditOf("idea.create")).toEqual([expect.objectContaining({ actorId: author.id, objectType: "idea", objectId: String(id), outcome: "success" })]);
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  it("refuses bad input with Danish messages and changes nothing", () => {
    const before = db().select().from(ideas).all();
    try {
      submitIdea(staff, { title: "AI", description: "kort" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ title: ["Titlen skal være mindst 3 tegn"], description: ["Beskriv idéen med mindst 10 tegn"] });
    }
    expect(() => submitIdea(staff, { title: "Gyldig titel", description: "En gyldig beskrivelse.", departmentId: "99999" })).toThrow(ValidationError);
    expect(db().select().from(ideas).all()).toEqual(before);
    expect(auditOf("idea.create")).toEqual([]);
  });
});

describe("commentOnIdea", () => {
  it("lets anyone comment, audited; an empty comment or an unknown idea changes nothing", () => {
    const id = newIdea();
    commentOnIdea(admin, id, { body: "God idé – prøv det i Hjemmeplejen Nord." });
    expect(getIdea(id, staff.id)?.comments).toEqual([expect.objectContaining({ body: "God idé – prøv det i Hjemmeplejen Nord." })]);
    expect(auditOf("idea.comment")).toEqual([expect.objectContaining({ actorId: admin.id, objectId: String(id) })]);
    expect(() => commentOnIdea(staff, id, { body: "   " })).toThrow(ValidationError);
    expect(() => commentOnIdea(staff, 999_999, { body: "Hej" })).toThrow(NotFoundError);
    expect(db().select().from(ideaComments).where(eq(ideaComments.ideaId, id)).all()).toHaveLength(1);
  });
});

describe("toggleIdeaVote", () => {
  it("one vote per user: a second press withdraws it and leaves no vote", () => {
    const id = newIdea();
    expect(toggleIdeaVote(staff, id)).toEqual({ voted: true });
    expect(votesOf(id)).toEqual([expect.objectContaining({ ideaId: id, userId: staff.id })]);
    expect(toggleIdeaVote(staff, id)).toEqual({ voted: false });
    expect(votesOf(id)).toEqual([]);
    expect(auditOf("idea.vote").map((event) => JSON.parse(event.changes!))).toEqual([{ voted: true }, { voted: false }]);
  });

  it("counts votes of different users and shows each whether they voted", () => {
    const id = newIdea();
    toggleIdeaVote(staff, id);
    toggleIdeaVote(director, id);
    expect(votesOf(id)).toHaveLength(2);
    expect(getIdea(id, staff.id)).toMatchObject({ voteCount: 2, votedByMe: true });
    expect(getIdea(id, admin.id)).toMatchObject({ voteCount: 2, votedByMe: false });
  });

  it("the primary key refuses a second vote row", () => {
    const id = newIdea();
    toggleIdeaVote(staff, id);
    expect(() => db().insert(ideaVotes).values({ ideaId: id, userId: staff.id }).run()).toThrow();
  });

  it("an unknown idea is 'findes ikke'", () => {
    expect(() => toggleIdeaVote(staff, 999_999)).toThrow(NotFoundError);
  });
});

describe("listIdeas", () => {
  it("sorts by votes or by newest", () => {
    const older = newIdea(staff, "Ældste idé med stemmer");
    const newer = newIdea(staff, "Nyeste idé uden stemmer");
    db().update(ideas).set({ createdAt: "2020-01-01T00:00:00.000Z" }).where(eq(ideas.id, older)).run();
    toggleIdeaVote(director, older);
    const byVotes = listIdeas({ sort: "votes" }, staff.id).rows.map((idea) => idea.id);
    expect(byVotes.indexOf(older)).toBeLessThan(byVotes.indexOf(newer));
    const byNewest = listIdeas({ sort: "newest" }, staff.id).rows.map((idea) => idea.id);
    expect(byNewest.indexOf(newer)).toBeLessThan(byNewest.indexOf(older));
    expect(listIdeas({ sort: "votes", status: "rejected" }, staff.id).rows.map((idea) => idea.id)).not.toContain(older);
  });
});

describe("triageIdea", () => {
  it("a director sets Vurderes; the version moves on and the change is audited", () => {
    const id = newIdea();
    triageIdea(director, id, { status: "reviewing", version: "1" });
    expect(ideaRow(id)).toMatchObject({ status: "reviewing", version: 2, rejectionReason: null });
    expect(auditOf("idea.triage")).toEqual([expect.objectContaining({ actorId: director.id, objectType: "idea", objectId: String(id), outcome: "success" })]);
    expect(JSON.parse(auditOf("idea.triage")[0].changes!)).toEqual({ status: { from: "new", to: "reviewing" } });
  });

  it("a department head may triage", () => {
    const id = newIdea();
    triageIdea(departmentHead, id, { status: "reviewing", version: 1 });
    expect(ideaRow(id).status).toBe("reviewing");
  });

  it("a department head sends ideas to experiments only in a zone they belong to, since the draft's creator manages it", () => {
    const id = newIdea();
    db().delete(zoneMembers).where(eq(zoneMembers.userId, departmentHead.id)).run();
    db().update(zones).set({ leadId: null }).where(eq(zones.leadId, departmentHead.id)).run();
    expect(listTriageZones(departmentHead)).toEqual([]);
    const before = ideaRow(id);
    expect(() => triageIdea(departmentHead, id, { status: "to_experiment", zoneId, version: 1 })).toThrow(ForbiddenError);
    expect(ideaRow(id)).toEqual(before);
    expect(experimentsOf(id)).toEqual([]);
    expect(auditOf("idea.triage")).toEqual([expect.objectContaining({ actorId: departmentHead.id, outcome: "denied" })]);

    db().insert(zoneMembers).values({ zoneId, userId: departmentHead.id }).run();
    expect(listTriageZones(departmentHead).map((zone) => zone.id)).toEqual([zoneId]);
    triageIdea(departmentHead, id, { status: "to_experiment", zoneId, version: 1 });
    expect(experimentsOf(id)).toEqual([expect.objectContaining({ zoneId, createdById: departmentHead.id, state: "draft" })]);
  });

  it("Til forsøg creates a draft experiment in the chosen zone, by the triaging user, and links it", () => {
    const id = newIdea();
    const { experimentId } = triageIdea(director, id, { status: "to_experiment", zoneId: String(otherZoneId), version: "1" });
    const [draft] = experimentsOf(id);
    expect(draft).toMatchObject({
      id: experimentId,
      zoneId: otherZoneId,
      state: "draft",
      createdById: director.id,
      title: "Robotstøvsugere på plejecentre",
      hypothesis: "Frigør tid til omsorg ved at lade robotter støvsuge fællesarealer.",
      ideaId: id,
    });
    expect(ideaRow(id)).toMatchObject({ status: "to_experiment", experimentId, zoneId: otherZoneId });
    expect(auditOf("experiment.create")).toEqual([expect.objectContaining({ actorId: director.id, objectId: String(experimentId) })]);
    expect(() => triageIdea(director, id, { status: "to_experiment", zoneId: zoneId, version: "2" })).toThrow(ValidationError);
    expect(experimentsOf(id)).toHaveLength(1);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("a staff zone lead triages, and sends ideas to experiments only in a zone they may add experiments to", () => {
    const id = newIdea();
    const triageZones = listTriageZones(zoneLead).map((zone) => zone.id);
    expect(triageZones).toContain(zoneId);
    expect(triageZones).not.toContain(otherZoneId);
    expect(() => triageIdea(zoneLead, id, { status: "to_experiment", zoneId: otherZoneId, version: 1 })).toThrow(ForbiddenError);
    expect(experimentsOf(id)).toEqual([]);
    expect(ideaRow(id)).toMatchObject({ status: "new", version: 1 });
    triageIdea(zoneLead, id, { status: "to_experiment", zoneId, version: 1 });
    expect(experimentsOf(id)).toEqual([expect.objectContaining({ zoneId, createdById: zoneLead.id, state: "draft" })]);
  });

  it("refuses a staff member who leads no zone, changes nothing and audits the refusal", () => {
    const id = newIdea();
    const outsider = staffLeadingNoZone();
    const before = ideaRow(id);
    expect(() => triageIdea(outsider, id, { status: "reviewing", version: 1 })).toThrow(ForbiddenError);
    expect(() => triageIdea(outsider, id, { status: "to_experiment", zoneId, version: 1 })).toThrow(ForbiddenError);
    expect(ideaRow(id)).toEqual(before);
    expect(experimentsOf(id)).toEqual([]);
    expect(auditOf("idea.triage")).toEqual([
      expect.objectContaining({ actorId: outsider.id, outcome: "denied" }),
      expect.objectContaining({ actorId: outsider.id, outcome: "denied" }),
    ]);
  });

  it("a staff member whose zone is closed no longer triages", () => {
    const id = newIdea();
    db().update(zones).set({ status: "closed" }).where(inArray(zones.id, [zoneId])).run();
    expect(() => triageIdea(zoneLead, id, { status: "reviewing", version: 1 })).toThrow(ForbiddenError);
  });

  it("refuses an admin, changes nothing", () => {
    const id = newIdea();
    const before = ideaRow(id);
    expect(() => triageIdea(admin, id, { status: "reviewing", version: 1 })).toThrow(ForbiddenError);
    expect(ideaRow(id)).toEqual(before);
    expect(auditOf("idea.triage")).toEqual([expect.objectContaining({ actorId: admin.id, outcome: "denied" })]);
  });

  it("Afvist needs a reason, which is kept for the author", () => {
    const id = newIdea();
    const before = ideaRow(id);
    try {
      triageIdea(director, id, { status: "rejected", reason: " ", version: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.reason).toEqual(["Skriv en begrundelse til forslagsstilleren (mindst 3 tegn)"]);
    }
    expect(ideaRow(id)).toEqual(before);
    expect(auditOf("idea.triage")).toEqual([]);
    triageIdea(director, id, { status: "rejected", reason: "Løses allerede af det fælleskommunale projekt.", version: 1 });
    expect(ideaRow(id)).toMatchObject({ status: "rejected", rejectionReason: "Løses allerede af det fælleskommunale projekt." });
    expect(getIdea(id, staff.id)).toMatchObject({ status: "rejected", rejectionReason: "Løses allerede af det fælleskommunale projekt." });
    triageIdea(director, id, { status: "reviewing", version: 2 });
    expect(ideaRow(id).rejectionReason).toBeNull();
  });

  it("Til forsøg needs an active zone", () => {
    const id = newIdea();
    expect(() => triageIdea(director, id, { status: "to_experiment", version: 1 })).toThrow(ValidationError);
    db().update(zones).set({ status: "closed" }).where(eq(zones.id, otherZoneId)).run();
    expect(() => triageIdea(director, id, { status: "to_experiment", zoneId: otherZoneId, version: 1 })).toThrow(ValidationError);
    expect(() => triageIdea(director, id, { status: "to_experiment", zoneId: 999_999, version: 1 })).toThrow(ValidationError);
    expect(experimentsOf(id)).toEqual([]);
    expect(ideaRow(id).status).toBe("new");
  });

  it("Blevet projekt links an existing project by code, refuses an unknown code and allows none", () => {
    const id = newIdea();
    const project = db().select({ id: projects.id, code: projects.code }).from(projects).limit(1).get()!;
    expect(() => triageIdea(director, id, { status: "became_project", projectCode: "DIG-1999-999", version: 1 })).toThrow(ValidationError);
    expect(ideaRow(id).status).toBe("new");
    triageIdea(director, id, { status: "became_project", projectCode: project.code.toLowerCase(), version: 1 });
    expect(ideaRow(id)).toMatchObject({ status: "became_project", projectId: project.id });
    const other = newIdea(staff, "Endnu en idé");
    triageIdea(director, other, { status: "became_project", projectCode: "", version: 1 });
    expect(ideaRow(other)).toMatchObject({ status: "became_project", projectId: null });
  });

  it("refuses an unknown status, 'new', and a stale version", () => {
    const id = newIdea();
    expect(() => triageIdea(director, id, { status: "new", version: 1 })).toThrow(ValidationError);
    expect(() => triageIdea(director, id, { status: "accepted", version: 1 })).toThrow(ValidationError);
    triageIdea(departmentHead, id, { status: "reviewing", version: 1 });
    expect(() => triageIdea(director, id, { status: "rejected", reason: "For dyrt", version: 1 })).toThrow(ConflictError);
    expect(ideaRow(id)).toMatchObject({ status: "reviewing", version: 2 });
    expect(() => triageIdea(director, 999_999, { status: "reviewing", version: 1 })).toThrow(NotFoundError);
  });
});

describe("a stale triage", () => {
  it("hands the refused triager the newer triage by name and the version to save on; triaging on it succeeds", () => {
    const id = newIdea();
    triageIdea(director, id, { status: "to_experiment", zoneId, version: 1 });
    const triagesBefore = auditOf("idea.triage").length;
    const typed = { status: "rejected", reason: "Løses allerede af det fælleskommunale projekt.", version: "1" };

    const error = staleRefusal(() => triageIdea(departmentHead, id, typed));
    expect(error.current).toEqual({ status: "Til forsøg", reason: "", zoneId: "Idérum", projectCode: "", version: "2" });
    expect(ideaRow(id)).toMatchObject({ status: "to_experiment", rejectionReason: null, version: 2 });
    expect(experimentsOf(id)).toHaveLength(1);
    expect(auditOf("idea.triage")).toHaveLength(triagesBefore);

    triageIdea(departmentHead, id, { ...typed, version: error.current.version });
    expect(ideaRow(id)).toMatchObject({ status: "rejected", rejectionReason: typed.reason, version: 3 });
  });

  it("names the linked project of an idea that became one", () => {
    const id = newIdea();
    const project = db().select({ code: projects.code }).from(projects).orderBy(projects.code).get()!;
    triageIdea(director, id, { status: "became_project", projectCode: project.code, version: 1 });
    const error = staleRefusal(() => triageIdea(departmentHead, id, { status: "reviewing", version: 1 }));
    expect(error.current).toEqual({ status: "Blevet projekt", reason: "", zoneId: "", projectCode: project.code, version: "2" });
  });
});

describe("zone membership", () => {
  it("a member (not lead) of a zone is still not a triager", () => {
    const id = newIdea();
    const member = staffLeadingNoZone();
    db().insert(zoneMembers).values({ zoneId, userId: member.id }).run();
    expect(() => triageIdea(member, id, { status: "reviewing", version: 1 })).toThrow(ForbiddenError);
  });
});

describe("an idea for a deactivated department", () => {
  it("is refused with a field message, and nothing is written", () => {
    const author = userByEmail("direktor@egeby.dk");
    const department = db().select({ id: departments.id }).from(departments).orderBy(departments.id).get()!.id;
    db().update(departments).set({ active: false }).where(eq(departments.id, department)).run();
    const before = db().select({ id: ideas.id }).from(ideas).all().length;
    let error: unknown;
    try {
      submitIdea(author, { title: "Robotstøvsugere", description: "Frigør tid til omsorg.", departmentId: String(department) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.departmentId).toEqual(["Afdelingen er deaktiveret; vælg en aktiv afdeling"]);
    expect(db().select({ id: ideas.id }).from(ideas).all()).toHaveLength(before);
  });
});

