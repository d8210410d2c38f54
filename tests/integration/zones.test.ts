import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, experiments, strategyGoals, users, zoneMembers, zones } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { formatKr } from "@/lib/format";
import { getZone, listZoneActivity, listZoneCards, listZoneMembers } from "@/lib/queries/zones";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { addZoneMember, createZone, removeZoneMember, setZoneMemberMed, staleZoneMessage, updateZone } from "@/lib/services/zones";
import { uniqueZoneSlug, zoneSlug } from "@/lib/validation/zones";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const people = {
  director: "direktor@egeby.dk",
  otherDirector: "henrik.mortensen@egeby.dk",
  departmentHead: "afdelingschef@egeby.dk",
  staff: "medarbejder@egeby.dk",
  lead: "kasper.iversen@egeby.dk",
  admin: "admin@egeby.dk",
  outsider: "maria.knudsen@egeby.dk",
} as const;
type Person = keyof typeof people;

function actor(person: Person): ActingUser {
  const row = db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, people[person])).get();
  if (!row) throw new Error(`no demo user ${person}`);
  return row;
}

const zoneRow = (slug: string) => db().select().from(zones).where(eq(zones.slug, slug)).get()!;
const allZones = () => db().select().from(zones).orderBy(zones.id).all();
const members = (zoneId: number) => db().select().from(zoneMembers).where(eq(zoneMembers.zoneId, zoneId)).orderBy(zoneMembers.userId).all();
const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();

function zoneInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "Velfærdsteknologi på Ærø",
    theme: "Teknologi i plejen",
    purpose: "Afprøve velfærdsteknologi tæt på borgerne.",
    strategyGoalId: String(db().select({ id: strategyGoals.id }).from(strategyGoals).get()!.id),
    sponsorId: String(actor("director").id),
    leadId: String(actor("lead").id),
    cadence: "Hver anden torsdag",
    riskFrameKr: "1.000.000",
    ...overrides,
  };
}

function caught(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

function expectConflict(call: () => unknown): ConflictError {
  const error = caught(call);
  expect(error).toBeInstanceOf(ConflictError);
  return error as ConflictError;
}

function makeZone(overrides: Record<string, unknown> = {}): string {
  return createZone(actor("admin"), zoneInput(overrides)).slug;
}

function editInput(slug: string, overrides: Record<string, unknown> = {}) {
  const zone = zoneRow(slug);
  return {
    name: zone.name,
    theme: zone.theme,
    purpose: zone.purpose,
    strategyGoalId: zone.strategyGoalId ? String(zone.strategyGoalId) : "",
    sponsorId: String(zone.sponsorId),
    leadId: String(zone.leadId),
    cadence: zone.cadence,
    riskFrameKr: String(zone.riskFrameKr),
    status: zone.status,
    version: String(zone.version),
    ...overrides,
  };
}

describe("zone slugs", () => {
  it("turns æ, ø and å into ae, oe and aa and drops everything else that is not a letter or digit", () => {
    expect(zoneSlug("Velfærdsteknologi på Ærø")).toBe("velfaerdsteknologi-paa-aeroe");
    expect(zoneSlug("Borgerservice & selvbetjening")).toBe("borgerservice-selvbetjening");
    expect(zoneSlug("Klima og sensorer 2026")).toBe("klima-og-sensorer-2026");
    expect(zoneSlug("Café Øst – Ålborg")).toBe("cafe-oest-aalborg");
    expect(zoneSlug("!!!")).toBe("rum");
  });

  it("keeps slugs unique and never shadows /zones/new or /zones/radar", () => {
    const taken = new Set(["data-og-ai", "data-og-ai-2"]);
    expect(uniqueZoneSlug("data-og-ai", (slug) => taken.has(slug))).toBe("data-og-ai-3");
    expect(uniqueZoneSlug("radar", () => false)).toBe("radar-2");
    expect(uniqueZoneSlug("new", () => false)).toBe("new-2");
  });
});

describe("createZone", () => {
  for (const person of ["director", "admin"] as const) {
    it(`lets a ${person} create a zone with a slug from the name, audited on the zone`, () => {
      const { slug } = createZone(actor(person), zoneInput());
      expect(slug).toBe("velfaerdsteknologi-paa-aeroe");
      expect(zoneRow(slug)).toMatchObject({
        name: "Velfærdsteknologi på Ærø",
        sponsorId: actor("director").id,
        leadId: actor("lead").id,
        riskFrameKr: 1_000_000,
        status: "active",
        version: 1,
      });
      const [event] = auditOf("zone.create");
      expect(event).toMatchObject({ actorId: actor(person).id, objectType: "zone", objectId: slug, outcome: "success" });
      expect(JSON.parse(event.changes!)).toMatchObject({ name: "Velfærdsteknologi på Ærø", riskFrameKr: 1_000_000 });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  it("gives a second zone with the same name its own slug", () => {
    const first = makeZone();
    const second = makeZone();
    expect(first).not.toBe(second);
    expect(second).toBe(`${first}-2`);
  });

  for (const person of ["departmentHead", "staff"] as const) {
    it(`refuses a ${person}, changes nothing and audits the refusal`, () => {
      const before = allZones();
      expect(() => createZone(actor(person), zoneInput())).toThrow(ForbiddenError);
      expect(allZones()).toEqual(before);
      expect(auditOf("zone.create")).toEqual([expect.objectContaining({ actorId: actor(person).id, outcome: "denied", objectType: "zone" })]);
    });
  }

  it("refuses bad input with Danish field messages and changes nothing", () => {
    const before = allZones();
    const attempt = (overrides: Record<string, unknown>) => {
      try {
        createZone(actor("director"), zoneInput(overrides));
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).fieldErrors;
      }
      throw new Error("expected a validation error");
    };
    expect(attempt({ name: "AI" }).name).toEqual(["Navnet skal være mindst 3 tegn"]);
    expect(attempt({ riskFrameKr: "-5" }).riskFrameKr).toEqual(["Risikorammen kan ikke være under 0 kr."]);
    expect(attempt({ riskFrameKr: "mange" }).riskFrameKr?.[0]).toMatch(/Risikorammen skal være et beløb/);
    expect(attempt({ sponsorId: String(actor("departmentHead").id) }).sponsorId).toEqual(["Sponsoren skal være en aktiv direktør"]);
    expect(attempt({ leadId: String(actor("admin").id) }).leadId?.[0]).toMatch(/^Rumlederen skal være en aktiv bruger/);
    expect(attempt({ sponsorId: "" }).sponsorId).toEqual(["Vælg en sponsor i direktionen"]);
    expect(allZones()).toEqual(before);
    expect(auditOf("zone.create")).toEqual([]);
  });
});

describe("updateZone", () => {
  for (const person of ["director", "lead", "admin"] as const) {
    it(`lets the ${person === "director" ? "sponsor" : person} edit the zone, keeping its slug`, () => {
      const slug = makeZone();
      updateZone(actor(person), slug, editInput(slug, { name: "Velfærdsteknologi", cadence: "Månedligt" }));
      expect(zoneRow(slug)).toMatchObject({ name: "Velfærdsteknologi", cadence: "Månedligt", version: 2 });
      const [event] = auditOf("zone.update");
      expect(event).toMatchObject({ actorId: actor(person).id, objectId: slug, outcome: "success" });
      expect(JSON.parse(event.changes!)).toEqual({
        name: { from: "Velfærdsteknologi på Ærø", to: "Velfærdsteknologi" },
        cadence: { from: "Hver anden torsdag", to: "Månedligt" },
      });
    });
  }

  for (const person of ["otherDirector", "departmentHead", "staff"] as const) {
    it(`refuses ${person} (not sponsor or lead), even as a member, and changes nothing`, () => {
      const slug = makeZone();
      addZoneMember(actor("admin"), slug, { userId: String(actor(person).id) });
      const before = zoneRow(slug);
      expect(() => updateZone(actor(person), slug, editInput(slug, { name: "Overtaget rum" }))).toThrow(ForbiddenError);
      expect(zoneRow(slug)).toEqual(before);
      expect(auditOf("zone.update")).toEqual([expect.objectContaining({ actorId: actor(person).id, outcome: "denied", objectId: slug })]);
    });
  }

  it("the risk frame and the sponsor belong to the sponsor: the lead may not move them", () => {
    const slug = makeZone();
    const before = zoneRow(slug);
    expect(() => updateZone(actor("lead"), slug, editInput(slug, { riskFrameKr: "5000000" }))).toThrow(ForbiddenError);
    expect(() => updateZone(actor("lead"), slug, editInput(slug, { sponsorId: String(actor("otherDirector").id) }))).toThrow(ForbiddenError);
    expect(zoneRow(slug)).toEqual(before);
    expect(auditOf("zone.update_frame")).toHaveLength(2);
    expect(auditOf("zone.update_frame").every((event) => event.outcome === "denied")).toBe(true);

    updateZone(actor("director"), slug, editInput(slug, { riskFrameKr: "2000000" }));
    expect(zoneRow(slug).riskFrameKr).toBe(2_000_000);
  });

  it("a lead's form leaves out the sponsor and the frame: they are kept, a stale form is answered as stale, and a sponsor who has left does not block the lead", () => {
    const slug = makeZone();
    const leadForm: Record<string, unknown> = editInput(slug);
    delete leadForm.sponsorId;
    delete leadForm.riskFrameKr;
    updateZone(actor("director"), slug, editInput(slug, { riskFrameKr: "2500000" }));
    const stale = expectConflict(() => updateZone(actor("lead"), slug, { ...leadForm, cadence: "Ugentligt" }));
    expect(stale.current.riskFrameKr).toBe("2.500.000 kr.");
    // Even a stale form that posts another frame is answered as stale, not as a refused frame change.
    expectConflict(() => updateZone(actor("lead"), slug, { ...leadForm, riskFrameKr: "9000000" }));
    expect(auditOf("zone.update_frame")).toEqual([]);

    updateZone(actor("lead"), slug, { ...leadForm, cadence: "Ugentligt", version: stale.current.version });
    expect(zoneRow(slug)).toMatchObject({ cadence: "Ugentligt", riskFrameKr: 2_500_000, sponsorId: actor("director").id });

    db().update(users).set({ active: false }).where(eq(users.id, actor("director").id)).run();
    updateZone(actor("lead"), slug, { ...leadForm, theme: "Nyt tema", version: String(zoneRow(slug).version) });
    expect(zoneRow(slug)).toMatchObject({ theme: "Nyt tema", sponsorId: actor("director").id });
  });

  it("refuses bad input and a stale version, changing nothing", () => {
    const slug = makeZone();
    const before = zoneRow(slug);
    expect(() => updateZone(actor("director"), slug, editInput(slug, { name: "" }))).toThrow(ValidationError);
    expect(() => updateZone(actor("director"), slug, editInput(slug, { status: "archived" }))).toThrow(ValidationError);
    expect(() => updateZone(actor("director"), slug, editInput(slug, { version: "" }))).toThrow(ValidationError);
    expect(zoneRow(slug)).toEqual(before);

    updateZone(actor("lead"), slug, editInput(slug, { theme: "Først" }));
    const stale = { ...editInput(slug, { theme: "Bagefter" }), version: "1" };
    expect(() => updateZone(actor("director"), slug, stale)).toThrow(ConflictError);
    expect(zoneRow(slug)).toMatchObject({ theme: "Først", version: 2 });
  });

  it("refuses a stale edit with every field the form edits, people and goal by name, so saving again does not silently revert them", () => {
    const slug = makeZone();
    const stale = editInput(slug, { theme: "Bagefter" });
    const [, otherGoal] = db().select({ id: strategyGoals.id, title: strategyGoals.title }).from(strategyGoals).orderBy(strategyGoals.id).all();
    const nameOf = (person: Person) => db().select({ name: users.name }).from(users).where(eq(users.email, people[person])).get()!.name;
    updateZone(
      actor("director"),
      slug,
      editInput(slug, { leadId: String(actor("staff").id), strategyGoalId: String(otherGoal.id), sponsorId: String(actor("otherDirector").id), riskFrameKr: "2.500.000" }),
    );

    const error = caught(() => updateZone(actor("admin"), slug, stale));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(staleZoneMessage);
    expect((error as ConflictError).current).toEqual({
      name: "Velfærdsteknologi på Ærø",
      theme: "Teknologi i plejen",
      purpose: "Afprøve velfærdsteknologi tæt på borgerne.",
      strategyGoalId: otherGoal.title,
      cadence: "Hver anden torsdag",
      status: "Aktivt",
      leadId: nameOf("staff"),
      sponsorId: nameOf("otherDirector"),
      riskFrameKr: formatKr(2_500_000),
      version: "2",
    });
    expect(zoneRow(slug)).toMatchObject({ theme: "Teknologi i plejen", leadId: actor("staff").id, strategyGoalId: otherGoal.id, version: 2 });

    updateZone(actor("otherDirector"), slug, editInput(slug, { strategyGoalId: "" }));
    const noGoal = caught(() => updateZone(actor("admin"), slug, stale)) as ConflictError;
    expect(noGoal.current).toMatchObject({ strategyGoalId: "Intet strategisk mål", version: "3" });
  });

  it("answers an unknown zone with 'findes ikke'", () => {
    expect(() => updateZone(actor("director"), "findes-ikke", {})).toThrow(NotFoundError);
  });
});

describe("zone members", () => {
  for (const person of ["director", "lead", "admin"] as const) {
    it(`lets the ${person === "director" ? "sponsor" : person} add, mark as MED representative and remove a member`, () => {
      const slug = makeZone();
      const zoneId = zoneRow(slug).id;
      const staffId = actor("staff").id;
      addZoneMember(actor(person), slug, { userId: String(staffId) });
      expect(members(zoneId)).toEqual([expect.objectContaining({ userId: staffId, isMedRepresentative: false })]);
      setZoneMemberMed(actor(person), slug, { userId: String(staffId), isMedRepresentative: "on" });
      expect(members(zoneId)[0].isMedRepresentative).toBe(true);
      setZoneMemberMed(actor(person), slug, { userId: String(staffId) });
      expect(members(zoneId)[0].isMedRepresentative).toBe(false);
      removeZoneMember(actor(person), slug, { userId: String(staffId) });
      expect(members(zoneId)).toEqual([]);
      expect(auditOf("zone.member_add")).toEqual([expect.objectContaining({ actorId: actor(person).id, objectType: "zone", objectId: slug, outcome: "success" })]);
      expect(auditOf("zone.member_med")).toHaveLength(2);
      expect(auditOf("zone.member_remove")).toHaveLength(1);
      expect(JSON.parse(auditOf("zone.member_add")[0].changes!)).toMatchObject({ userId: staffId, name: "Sara Munk Jensen" });
    });
  }

  for (const person of ["otherDirector", "departmentHead", "staff"] as const) {
    it(`refuses ${person} every member change, and nothing changes`, () => {
      const slug = makeZone();
      const zoneId = zoneRow(slug).id;
      addZoneMember(actor("lead"), slug, { userId: String(actor("outsider").id) });
      if (person !== "otherDirector") addZoneMember(actor("lead"), slug, { userId: String(actor(person).id) });
      const before = members(zoneId);
      const target = String(actor("outsider").id);
      expect(() => addZoneMember(actor(person), slug, { userId: String(actor("otherDirector").id) })).toThrow(ForbiddenError);
      expect(() => setZoneMemberMed(actor(person), slug, { userId: target, isMedRepresentative: "on" })).toThrow(ForbiddenError);
      expect(() => removeZoneMember(actor(person), slug, { userId: target })).toThrow(ForbiddenError);
      expect(members(zoneId)).toEqual(before);
      for (const action of ["zone.member_add", "zone.member_med", "zone.member_remove"]) {
        expect(auditOf(action).filter((event) => event.outcome === "denied")).toEqual([
          expect.objectContaining({ actorId: actor(person).id, objectId: slug }),
        ]);
      }
    });
  }

  it("refuses a duplicate member, an unknown user and a missing member without changing anything", () => {
    const slug = makeZone();
    const zoneId = zoneRow(slug).id;
    addZoneMember(actor("lead"), slug, { userId: String(actor("staff").id), isMedRepresentative: "on" });
    const before = members(zoneId);
    expect(() => addZoneMember(actor("lead"), slug, { userId: String(actor("staff").id) })).toThrow(ValidationError);
    expect(() => addZoneMember(actor("lead"), slug, { userId: "999999" })).toThrow(ValidationError);
    expect(() => addZoneMember(actor("lead"), slug, { userId: "" })).toThrow(ValidationError);
    expect(() => removeZoneMember(actor("lead"), slug, { userId: String(actor("outsider").id) })).toThrow(NotFoundError);
    expect(() => setZoneMemberMed(actor("lead"), slug, { userId: String(actor("outsider").id), isMedRepresentative: "on" })).toThrow(NotFoundError);
    expect(members(zoneId)).toEqual(before);
    expect(auditOf("zone.member_add")).toHaveLength(1);
  });
});

describe("zone queries", () => {
  it("a card counts projects, experiments and ideas and sums only running money at risk", () => {
    const slug = makeZone();
    const zoneId = zoneRow(slug).id;
    const creatorId = actor("staff").id;
    const insert = (state: "draft" | "running" | "awaiting_approval" | "finished", money: number) =>
      db().insert(experiments).values({ zoneId, title: `Forsøg ${state}`, state, moneyAtRiskKr: money, createdById: creatorId }).run();
    insert("running", 300_000);
    insert("running", 250_000);
    insert("awaiting_approval", 900_000);
    insert("draft", 100_000);
    insert("finished", 400_000);
    const card = listZoneCards().rows.find((zone) => zone.slug === slug)!;
    expect(card).toMatchObject({ experimentCount: 5, projectCount: 0, ideaCount: 0, runningKr: 550_000, riskFrameKr: 1_000_000, sponsorName: "Anne Søgaard Nielsen" });
    expect(getZone(slug)).toMatchObject({ runningKr: 550_000, leadName: "Kasper Lund Iversen" });
  });

  it("lists members with the MED representative first and the zone's activity without refusals", () => {
    const slug = makeZone();
    const zoneId = zoneRow(slug).id;
    addZoneMember(actor("lead"), slug, { userId: String(actor("outsider").id) });
    addZoneMember(actor("lead"), slug, { userId: String(actor("staff").id), isMedRepresentative: "on" });
    expect(() => addZoneMember(actor("staff"), slug, { userId: String(actor("departmentHead").id) })).toThrow(ForbiddenError);
    expect(listZoneMembers(zoneId).map((member) => [member.name, member.isMedRepresentative])).toEqual([
      ["Sara Munk Jensen", true],
      ["Maria Bech Knudsen", false],
    ]);
    expect(listZoneActivity(slug).map((event) => event.action)).toEqual(["zone.member_add", "zone.member_add", "zone.create"]);
    expect(
      db()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.objectId, slug), eq(auditEvents.outcome, "denied")))
        .all(),
    ).toHaveLength(1);
  });
});
