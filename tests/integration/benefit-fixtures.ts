import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { AppDatabase } from "@/db";
import { auditEvents, benefitMeasurements, benefitRebaselines, benefits, projects } from "@/db/schema";
import type { Phase } from "@/lib/codes";
import { ForbiddenError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { auditCount, caught, form, snapshot } from "./project-fixtures";

export const lockedMessage = "Retning, baseline og mål er låst, fordi projektet har forladt analysefasen. Anmod om en ny baseline i stedet.";

export const benefitRow = (db: AppDatabase, id: number) => db.select().from(benefits).where(eq(benefits.id, id)).get()!;

export const measurementRow = (db: AppDatabase, id: number) => db.select().from(benefitMeasurements).where(eq(benefitMeasurements.id, id)).get();

export const rebaselineRow = (db: AppDatabase, id: number) => db.select().from(benefitRebaselines).where(eq(benefitRebaselines.id, id)).get()!;

export const rebaselinesOf = (db: AppDatabase, benefitId: number) =>
  db.select().from(benefitRebaselines).where(eq(benefitRebaselines.benefitId, benefitId)).orderBy(asc(benefitRebaselines.id)).all();

export const measurementsOf = (db: AppDatabase, benefitId: number) =>
  db.select().from(benefitMeasurements).where(eq(benefitMeasurements.benefitId, benefitId)).orderBy(asc(benefitMeasurements.id)).all();

export function setPhase(db: AppDatabase, projectId: number, phase: Phase): void {
  db.update(projects).set({ phase }).where(eq(projects.id, projectId)).run();
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Every table a project or benefit service can write, the audit trail excepted. */
export function benefitSnapshot(db: AppDatabase) {
  return {
    ...snapshot(db),
    measurements: db.select().from(benefitMeasurements).orderBy(asc(benefitMeasurements.id)).all(),
    rebaselines: db.select().from(benefitRebaselines).orderBy(asc(benefitRebaselines.id)).all(),
  };
}

const lastAudit = (db: AppDatabase) => db.select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;

/**
 * The refusal contract including measurements and re-baselines: ForbiddenError, nothing changed,
 * exactly one new audit event — the denial of `action` by this actor on the given object.
 */
export function expectDenied(
  db: AppDatabase,
  actor: ActingUser,
  action: string,
  call: () => unknown,
  object: { type: string; id: string | number } | null = null,
): void {
  const before = benefitSnapshot(db);
  const eventsBefore = auditCount(db);
  expect(call).toThrow(ForbiddenError);
  expect(benefitSnapshot(db)).toEqual(before);
  expect(auditCount(db)).toBe(eventsBefore + 1);
  expect(lastAudit(db)).toMatchObject({ action, actorId: actor.id, actorRole: actor.role, outcome: "denied" });
  if (object) expect(lastAudit(db)).toMatchObject({ objectType: object.type, objectId: String(object.id) });
}

/** Bad input or a conflict: the given error class, nothing changed (measurements and re-baselines included), nothing audited. */
export function expectUnchanged<E extends Error>(db: AppDatabase, errorClass: new (...args: never[]) => E, call: () => unknown): E {
  const before = benefitSnapshot(db);
  const eventsBefore = auditCount(db);
  const error = caught(call);
  expect(error).toBeInstanceOf(errorClass);
  expect(benefitSnapshot(db)).toEqual(before);
  expect(auditCount(db)).toBe(eventsBefore);
  return error as E;
}

type FormValues = Record<string, string | number | boolean | null | undefined>;

/** The edit form as the Gevinster tab renders it from the stored row (numbers as the browser posts them), with overrides. */
export function benefitEditForm(db: AppDatabase, benefitId: number, overrides: FormValues = {}): FormData {
  const row = benefitRow(db, benefitId);
  const text = (value: string | number | null) => (value == null ? "" : String(value));
  return form({
    title: row.title,
    type: row.type,
    ownerId: text(row.ownerId),
    receivingDepartmentId: text(row.receivingDepartmentId),
    indicator: row.indicator,
    unit: row.unit,
    method: row.method,
    direction: row.direction,
    baselineValue: text(row.baselineValue),
    baselineDate: text(row.baselineDate),
    targetValue: text(row.targetValue),
    targetDate: text(row.targetDate),
    annualValueKr: text(row.annualValueKr),
    budgetTakeoutKr: text(row.budgetTakeoutKr),
    budgetTakeoutYear: text(row.budgetTakeoutYear),
    budgetTakeoutConfirmed: row.budgetTakeoutConfirmed ? "on" : undefined,
    status: row.status,
    measurementFrequencyMonths: row.measurementFrequencyMonths,
    version: row.version,
    ...overrides,
  });
}

export const rebaselineForm = (overrides: FormValues = {}) =>
  form({
    newBaselineValue: "36",
    newBaselineDate: "2026-06-01",
    newTargetValue: "24,5",
    newTargetDate: "2028-06-30",
    reason: "Baselinen var målt før omlægningen af nattevagterne.",
    ...overrides,
  });

export const measurementForm = (overrides: FormValues = {}) => form({ date: "2026-11-20", value: "31", comment: "Opgjort fra hændelseslog", ...overrides });

export function insertRebaseline(db: AppDatabase, benefitId: number, requestedById: number, values: Partial<typeof benefitRebaselines.$inferInsert> = {}): number {
  return db
    .insert(benefitRebaselines)
    .values({
      benefitId,
      newBaselineValue: 36,
      newBaselineDate: "2026-06-01",
      newTargetValue: 24,
      newTargetDate: "2028-06-30",
      reason: "Ny opgørelsesmetode fra 2026.",
      requestedById,
      requestedAt: "2026-11-01T08:00:00.000Z",
      ...values,
    })
    .returning({ id: benefitRebaselines.id })
    .get().id;
}
