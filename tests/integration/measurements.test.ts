import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { benefits, settings } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { correctMeasurement, deleteMeasurement, recordMeasurement } from "@/lib/services/benefits";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { daysAfter, expectDenied, expectUnchanged, measurementForm, measurementRow, measurementsOf } from "./benefit-fixtures";
import { fixedNow, insertBenefit, projectCode, seedWorld, successAudit, type ActorPick, type World } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;
let benefitId: number;

beforeEach(() => {
  world = seedWorld(db());
  benefitId = insertBenefit(db(), world.project.id, { ownerId: world.otherStaff.id, unit: "fald" });
});

const setBenefitOwner = (ownerId: number | null) => db().update(benefits).set({ ownerId }).where(eq(benefits.id, benefitId)).run();

describe("recordMeasurement", () => {
  const recorders: [string, (world: World) => ActingUser, ((world: World) => void)?][] = [
    ["director", (w) => w.director],
    ["staff benefit owner", (w) => w.otherStaff],
    ["staff project lead", (w) => w.lead],
    ["department head of the project's department", (w) => w.headA],
    ["department head of another department who owns the benefit", (w) => w.headB, (w) => setBenefitOwner(w.headB.id)],
    ["staff of another department who owns the benefit", (w) => w.staffB, (w) => setBenefitOwner(w.staffB.id)],
  ];
  for (const [name, pick, arrange] of recorders) {
    it(`lets the ${name} record a measurement and audits benefit.measure`, () => {
      arrange?.(world);
      const actor = pick(world);
      const id = recordMeasurement(actor, benefitId, measurementForm({ comment: "  Opgjort fra hændelseslog  " }), fixedNow);
      expect(measurementRow(db(), id)).toEqual({
        id,
        benefitId,
        date: "2026-11-20",
        value: 31,
        comment: "Opgjort fra hændelseslog",
        recordedById: actor.id,
        createdAt: fixedNow.toISOString(),
        updatedAt: fixedNow.toISOString(),
        version: 1,
      });
      const events = successAudit(db(), "benefit.measure");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({ benefitId, measurementId: id, date: "2026-11-20", value: 31 });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  const refused: [string, (world: World) => ActingUser, ((world: World) => void)?][] = [
    ["admin", (w) => w.admin],
    ["admin even as the benefit owner", (w) => w.admin, (w) => setBenefitOwner(w.admin.id)],
    ["department head of another department", (w) => w.headB],
    ["staff project owner who is neither lead nor benefit owner", (w) => w.owner],
    ["staff of another department", (w) => w.staffB],
    ["staff who no longer owns the benefit", (w) => w.otherStaff, (w) => setBenefitOwner(w.headA.id)],
    ["staff of the department when the benefit has no owner", (w) => w.otherStaff, () => setBenefitOwner(null)],
  ];
  for (const [name, pick, arrange] of refused) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      arrange?.(world);
      const actor = pick(world);
      expectDenied(db(), actor, "benefit.measure", () => recordMeasurement(actor, benefitId, measurementForm(), fixedNow), { type: "project", id: projectCode });
      expect(measurementsOf(db(), benefitId)).toEqual([]);
    });
  }

  it("accepts today and refuses a date in the future", () => {
    const id = recordMeasurement(world.otherStaff, benefitId, measurementForm({ date: "2026-11-27" }), fixedNow);
    expect(measurementRow(db(), id)!.date).toBe("2026-11-27");
    const error = expectUnchanged(db(), ValidationError, () => recordMeasurement(world.otherStaff, benefitId, measurementForm({ date: "2026-11-28" }), fixedNow));
    expect(error.fieldErrors.date).toEqual(["En måling kan ikke ligge i fremtiden"]);
  });

  const values: [string, number][] = [
    ["12,5", 12.5],
    ["1.200", 1200],
    ["1.200,5", 1200.5],
    ["1 200", 1200],
    ["12.5", 12.5],
    ["-3,25", -3.25],
    ["0", 0],
    [" 31 ", 31],
  ];
  for (const [input, expected] of values) {
    it(`reads the value "${input}" as ${expected}`, () => {
      const id = recordMeasurement(world.lead, benefitId, measurementForm({ value: input }), fixedNow);
      expect(measurementRow(db(), id)!.value).toBe(expected);
    });
  }

  const badInput: [string, Record<string, string | undefined>, string, string][] = [
    ["an empty value", { value: "" }, "value", "Værdien skal være et tal"],
    ["a value of only spaces", { value: "   " }, "value", "Værdien skal være et tal"],
    ["a value that is not a number", { value: "cirka 30" }, "value", "Værdien skal være et tal"],
    ["a value with two decimal commas", { value: "12,5,3" }, "value", "Værdien skal være et tal"],
    ["a missing date", { date: undefined }, "date", "Datoen skal være en dato"],
    ["a date that does not exist", { date: "2026-02-30" }, "date", "Datoen skal være en gyldig dato"],
    ["a Danish-written date", { date: "20.11.2026" }, "date", "Datoen skal være en gyldig dato"],
    ["a too long comment", { comment: "x".repeat(1001) }, "comment", "Kommentaren må højst være 1000 tegn"],
  ];
  for (const [name, overrides, field, message] of badInput) {
    it(`refuses ${name} and changes nothing`, () => {
      const error = expectUnchanged(db(), ValidationError, () => recordMeasurement(world.otherStaff, benefitId, measurementForm(overrides), fixedNow));
      expect(error.fieldErrors[field]).toEqual([message]);
    });
  }

  it("answers an unknown benefit with NotFoundError and writes nothing", () => {
    expectUnchanged(db(), NotFoundError, () => recordMeasurement(world.director, 99_999, measurementForm(), fixedNow));
  });
});

describe("correcting and deleting a measurement", () => {
  let measurementId: number;
  let otherId: number;

  beforeEach(() => {
    measurementId = recordMeasurement(world.otherStaff, benefitId, measurementForm({ date: "2026-11-20", value: "31", comment: "" }), fixedNow);
    otherId = recordMeasurement(world.lead, benefitId, measurementForm({ date: "2026-10-20", value: "34" }), fixedNow);
  });

  const correction = (overrides: Record<string, string> = {}) => measurementForm({ date: "2026-11-19", value: "29,5", comment: "Tastefejl rettet", version: "1", ...overrides });

  describe("correctMeasurement", () => {
    for (const days of [0, 1, 6, 7]) {
      it(`lets the recorder correct their measurement ${days} day(s) later and audits benefit.measure_correct`, () => {
        const now = daysAfter(fixedNow, days);
        correctMeasurement(world.otherStaff, measurementId, correction(), now);
        expect(measurementRow(db(), measurementId)).toEqual({
          id: measurementId,
          benefitId,
          date: "2026-11-19",
          value: 29.5,
          comment: "Tastefejl rettet",
          recordedById: world.otherStaff.id,
          createdAt: fixedNow.toISOString(),
          updatedAt: now.toISOString(),
          version: 2,
        });
        expect(measurementRow(db(), otherId)!.value).toBe(34);
        const events = successAudit(db(), "benefit.measure_correct");
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ actorId: world.otherStaff.id, actorRole: "staff", objectType: "project", objectId: projectCode });
        expect(JSON.parse(events[0].changes!)).toEqual({
          benefitId,
          measurementId,
          date: { from: "2026-11-20", to: "2026-11-19" },
          value: { from: 31, to: 29.5 },
          comment: { from: "", to: "Tastefejl rettet" },
        });
      });
    }

    for (const days of [8, 30]) {
      it(`refuses the recorder ${days} days later, changes nothing and audits the refusal`, () => {
        expectDenied(db(), world.otherStaff, "benefit.measure_correct", () => correctMeasurement(world.otherStaff, measurementId, correction(), daysAfter(fixedNow, days)), {
          type: "project",
          id: projectCode,
        });
        expect(measurementRow(db(), measurementId)).toMatchObject({ value: 31, date: "2026-11-20" });
      });
    }

    it("refuses one millisecond after the 7 days", () => {
      const now = new Date(daysAfter(fixedNow, 7).getTime() + 1);
      expectDenied(db(), world.otherStaff, "benefit.measure_correct", () => correctMeasurement(world.otherStaff, measurementId, correction(), now));
    });

    it("follows the correction window the administrators set", () => {
      db().insert(settings).values({ key: "measurementCorrectionDays", value: "2" }).run();
      expectDenied(db(), world.otherStaff, "benefit.measure_correct", () => correctMeasurement(world.otherStaff, measurementId, correction(), daysAfter(fixedNow, 3)));
      db().update(settings).set({ value: "10" }).where(eq(settings.key, "measurementCorrectionDays")).run();
      correctMeasurement(world.otherStaff, measurementId, correction(), daysAfter(fixedNow, 9));
      expect(measurementRow(db(), measurementId)!.value).not.toBe(31);
    });

    it("lets the recorder add a new measurement after the 7 days instead", () => {
      const later = daysAfter(fixedNow, 8);
      const id = recordMeasurement(world.otherStaff, benefitId, measurementForm({ date: "2026-12-05", value: "29,5" }), later);
      expect(measurementRow(db(), id)).toMatchObject({ value: 29.5, createdAt: later.toISOString() });
      expect(measurementRow(db(), measurementId)!.value).toBe(31);
    });

    const others: ActorPick[] = [
      ["director", (w) => w.director],
      ["admin", (w) => w.admin],
      ["department head of the project's department", (w) => w.headA],
      ["staff project lead", (w) => w.lead],
      ["staff project owner", (w) => w.owner],
      ["department head of another department", (w) => w.headB],
    ];
    for (const [name, pick] of others) {
      it(`refuses the ${name}, who did not record it, within the 7 days`, () => {
        const actor = pick(world);
        expectDenied(db(), actor, "benefit.measure_correct", () => correctMeasurement(actor, measurementId, correction(), daysAfter(fixedNow, 1)), {
          type: "project",
          id: projectCode,
        });
      });
    }

    it("refuses moving the measurement into the future and changes nothing", () => {
      const now = daysAfter(fixedNow, 1);
      const error = expectUnchanged(db(), ValidationError, () => correctMeasurement(world.otherStaff, measurementId, correction({ date: "2026-11-29" }), now));
      expect(error.fieldErrors.date).toEqual(["En måling kan ikke ligge i fremtiden"]);
      correctMeasurement(world.otherStaff, measurementId, correction({ date: "2026-11-28" }), now);
      expect(measurementRow(db(), measurementId)!.date).toBe("2026-11-28");
    });

    it("refuses bad input and changes nothing", () => {
      const cases: Record<string, string>[] = [{ value: "" }, { value: "mange" }, { date: "2026-13-01" }];
      for (const overrides of cases) {
        expectUnchanged(db(), ValidationError, () => correctMeasurement(world.otherStaff, measurementId, correction(overrides), daysAfter(fixedNow, 1)));
      }
    });

    it("answers an unknown measurement with NotFoundError and writes nothing", () => {
      expectUnchanged(db(), NotFoundError, () => correctMeasurement(world.otherStaff, 99_999, correction(), fixedNow));
    });
  });

  describe("deleteMeasurement", () => {
    for (const days of [0, 6, 7]) {
      it(`lets the recorder delete their measurement ${days} day(s) later and audits benefit.measure_delete`, () => {
        deleteMeasurement(world.otherStaff, measurementId, {}, daysAfter(fixedNow, days));
        expect(measurementRow(db(), measurementId)).toBeUndefined();
        expect(measurementsOf(db(), benefitId).map((row) => row.id)).toEqual([otherId]);
        const events = successAudit(db(), "benefit.measure_delete");
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ actorId: world.otherStaff.id, actorRole: "staff", objectType: "project", objectId: projectCode });
        expect(JSON.parse(events[0].changes!)).toEqual({ benefitId, measurementId, date: "2026-11-20", value: 31 });
        expect(verifyAuditChain(db()).ok).toBe(true);
      });
    }

    for (const days of [8, 30]) {
      it(`refuses the recorder ${days} days later, changes nothing and audits the refusal as a deletion`, () => {
        expectDenied(db(), world.otherStaff, "benefit.measure_delete", () => deleteMeasurement(world.otherStaff, measurementId, {}, daysAfter(fixedNow, days)), {
          type: "project",
          id: projectCode,
        });
        expect(measurementRow(db(), measurementId)).toBeDefined();
      });
    }

    const others: ActorPick[] = [
      ["director", (w) => w.director],
      ["admin", (w) => w.admin],
      ["department head of the project's department", (w) => w.headA],
      ["staff project lead who recorded another measurement", (w) => w.lead],
    ];
    for (const [name, pick] of others) {
      it(`refuses the ${name}, who did not record it`, () => {
        const actor = pick(world);
        expectDenied(db(), actor, "benefit.measure_delete", () => deleteMeasurement(actor, measurementId, {}, daysAfter(fixedNow, 1)));
        expect(measurementsOf(db(), benefitId)).toHaveLength(2);
      });
    }

    it("answers an unknown measurement with NotFoundError and writes nothing", () => {
      expectUnchanged(db(), NotFoundError, () => deleteMeasurement(world.otherStaff, 99_999, {}, fixedNow));
    });

    it("keeps a measurement corrected since its delete button was shown, and refuses a malformed version, changing nothing", () => {
      correctMeasurement(world.otherStaff, measurementId, correction(), fixedNow);
      const stale = expectUnchanged(db(), ConflictError, () => deleteMeasurement(world.otherStaff, measurementId, { version: "1" }, fixedNow));
      expect(stale.message).toMatch(/rettet, siden du åbnede siden, og er ikke slettet/);
      for (const bad of ["abc", "0", "-2"]) expectUnchanged(db(), ValidationError, () => deleteMeasurement(world.otherStaff, measurementId, { version: bad }, fixedNow));
      deleteMeasurement(world.otherStaff, measurementId, { version: "2" }, fixedNow);
      expect(measurementRow(db(), measurementId)).toBeUndefined();
    });

    it("answers a measurement that is already deleted with NotFoundError", () => {
      deleteMeasurement(world.otherStaff, measurementId, {}, fixedNow);
      expectUnchanged(db(), NotFoundError, () => deleteMeasurement(world.otherStaff, measurementId, {}, fixedNow));
    });
  });
});
