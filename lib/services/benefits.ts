import { departmentChoiceError } from "./department-choice";
import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { benefitMeasurements, benefitRebaselines, benefits, projects, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { isBaselineLocked, lockedFieldChanges, targetDirectionError } from "@/lib/domain/benefit-rules";
import { benefitDirectionLabels, benefitStatusLabels, benefitTypeLabels, measurementFrequencyLabel } from "@/lib/domain/labels";
import { formatDate, formatKr, formatNumber } from "@/lib/format";
import { departmentName, userName } from "@/lib/queries/reference-names";
import { readSettings } from "@/lib/settings";
import { benefitEditSchema, benefitFieldErrors, benefitSchema, measurementCorrectionSchema, measurementSchema, rebaselineDecisionSchema, rebaselineSchema, type BenefitInput } from "@/lib/validation/benefits";
import { optionalVersion } from "@/lib/validation/common";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";
import { notifyRebaselineDecision } from "./notification-events/decisions";
import { getProjectOrThrow } from "./projects";

type BenefitRow = typeof benefits.$inferSelect;
type ProjectRow = typeof projects.$inferSelect;

export function getBenefitOrThrow(db: DbOrTx, benefitId: number): { benefit: BenefitRow; project: ProjectRow } {
  const benefit = db.select().from(benefits).where(eq(benefits.id, benefitId)).get();
  if (!benefit) throw new NotFoundError("Gevinsten findes ikke.");
  const project = db.select().from(projects).where(eq(projects.id, benefit.projectId)).get()!;
  return { benefit, project };
}

function checkReferences(db: DbOrTx, input: Pick<BenefitInput, "ownerId" | "receivingDepartmentId">, currentReceivingDepartmentId: number | null = null): void {
  const errors: Record<string, string[]> = {};
  if (input.ownerId && !db.select({ id: users.id }).from(users).where(and(eq(users.id, input.ownerId), eq(users.active, true))).get()) {
    errors.ownerId = ["Vælg en aktiv gevinstejer"];
  }
  const departmentError = input.receivingDepartmentId ? departmentChoiceError(db, input.receivingDepartmentId, currentReceivingDepartmentId) : null;
  if (departmentError) errors.receivingDepartmentId = [departmentError];
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

const audit = (tx: DbOrTx, actor: ActingUser, action: string, code: string, changes: Record<string, unknown>) =>
  recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action, objectType: "project", objectId: code, changes });

export function createBenefit(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>): number {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "benefit.create", objectType: "project", objectId: code });
  const input = parseInput(benefitSchema, formData);
  checkReferences(db, input);
  return db.transaction((tx) => {
    const row = tx.insert(benefits).values({ projectId: project.id, ...input }).returning({ id: benefits.id }).get();
    audit(tx, actor, "benefit.create", code, { benefitId: row.id, title: input.title });
    return row.id;
  });
}

const lockedMessage = "Retning, baseline og mål er låst, fordi projektet har forladt analysefasen. Anmod om en ny baseline i stedet.";
const staleMessage = "Gevinsten er ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

/** The stored values as the edit form names them, so a refused editor can see what changed. */
function currentBenefitValues(db: DbOrTx, benefit: BenefitRow): Record<string, string> {
  const figure = (value: number | null) => (value === null ? "" : [formatNumber(value), benefit.unit].filter(Boolean).join(" "));
  const amount = (value: number | null) => (value === null ? "" : formatKr(value));
  const day = (iso: string | null) => (iso ? formatDate(iso) : "");
  return {
    title: benefit.title,
    type: benefitTypeLabels[benefit.type],
    status: benefitStatusLabels[benefit.status],
    ownerId: userName(db, benefit.ownerId),
    receivingDepartmentId: departmentName(db, benefit.receivingDepartmentId),
    indicator: benefit.indicator,
    unit: benefit.unit,
    method: benefit.method,
    direction: benefitDirectionLabels[benefit.direction],
    measurementFrequencyMonths: measurementFrequencyLabel(benefit.measurementFrequencyMonths),
    baselineValue: figure(benefit.baselineValue),
    baselineDate: day(benefit.baselineDate),
    targetValue: figure(benefit.targetValue),
    targetDate: day(benefit.targetDate),
    annualValueKr: amount(benefit.annualValueKr),
    budgetTakeoutKr: amount(benefit.budgetTakeoutKr),
    budgetTakeoutYear: benefit.budgetTakeoutYear === null ? "" : String(benefit.budgetTakeoutYear),
    budgetTakeoutConfirmed: benefit.budgetTakeoutConfirmed ? "Ja" : "Nej",
    version: String(benefit.version),
  };
}

/** The direction, baseline and target an edit left out (a locked path is shown, not posted), as stored. */
function keptPath(
  posted: Partial<Pick<typeof benefits.$inferSelect, "direction" | "baselineValue" | "baselineDate" | "targetValue" | "targetDate">>,
  stored: typeof benefits.$inferSelect,
) {
  return {
    direction: posted.direction ?? stored.direction,
    baselineValue: posted.baselineValue === undefined ? stored.baselineValue : posted.baselineValue,
    baselineDate: posted.baselineDate === undefined ? stored.baselineDate : posted.baselineDate,
    targetValue: posted.targetValue === undefined ? stored.targetValue : posted.targetValue,
    targetDate: posted.targetDate === undefined ? stored.targetDate : posted.targetDate,
  };
}

export function updateBenefit(actor: ActingUser, benefitId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const { benefit, project } = getBenefitOrThrow(db, benefitId);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "benefit.update", objectType: "project", objectId: project.code });
  const { version, ...posted } = parseInput(benefitEditSchema, formData);
  checkReferences(db, posted, benefit.receivingDepartmentId);
  db.transaction((tx) => {
    // Read again where the write happens: a gate approved meanwhile locks the baseline for this save too.
    const { benefit: before, project: stored } = getBenefitOrThrow(tx, benefitId);
    if (before.version !== version) throw new ConflictError(staleMessage, currentBenefitValues(tx, before));
    const input = { ...posted, ...keptPath(posted, before) };
    const ruleErrors = benefitFieldErrors(input);
    if (Object.keys(ruleErrors).length) throw new ValidationError(ruleErrors);
    if (isBaselineLocked(stored.phase)) {
      const { direction, baselineValue, baselineDate, targetValue, targetDate } = before;
      const locked = lockedFieldChanges({ direction, baselineValue, baselineDate, targetValue, targetDate }, input);
      if (locked.length) throw new ValidationError(Object.fromEntries(locked.map((field) => [field, [lockedMessage]])), lockedMessage);
    }
    const result = tx
      .update(benefits)
      .set({ ...input, version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(benefits.id, benefitId), eq(benefits.version, version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleMessage, currentBenefitValues(tx, before));
    audit(tx, actor, "benefit.update", project.code, { benefitId, ...changedFields(before, input) });
  });
}

/** Asks a director to change a locked baseline and target; the old values stay on record for good. */
export function requestRebaseline(actor: ActingUser, benefitId: number, formData: FormData | Record<string, unknown>, now = new Date()): number {
  const db = getDb();
  const { benefit, project } = getBenefitOrThrow(db, benefitId);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "benefit.rebaseline_request", objectType: "project", objectId: project.code });
  const input = parseInput(rebaselineSchema, formData);
  const direction = targetDirectionError(benefit.direction, input.newBaselineValue, input.newTargetValue);
  if (direction) throw new ValidationError({ newTargetValue: [direction] });
  return db.transaction((tx) => {
    const pending = tx
      .select({ id: benefitRebaselines.id })
      .from(benefitRebaselines)
      .where(and(eq(benefitRebaselines.benefitId, benefitId), eq(benefitRebaselines.status, "pending")))
      .get();
    if (pending) throw new ConflictError("Gevinsten har allerede en ændringsanmodning, der venter på en direktør.");
    const row = tx
      .insert(benefitRebaselines)
      .values({
        benefitId,
        oldBaselineValue: benefit.baselineValue,
        oldBaselineDate: benefit.baselineDate,
        oldTargetValue: benefit.targetValue,
        oldTargetDate: benefit.targetDate,
        ...input,
        requestedById: actor.id,
        requestedAt: now.toISOString(),
      })
      .returning({ id: benefitRebaselines.id })
      .get();
    audit(tx, actor, "benefit.rebaseline_request", project.code, { benefitId, rebaselineId: row.id, reason: input.reason });
    return row.id;
  });
}

/** A director's decision on a pending re-baseline inside `tx`; approval changes the benefit's values. */
export function applyRebaselineDecision(
  tx: DbOrTx,
  actor: ActingUser,
  rebaselineId: number,
  decision: "approved" | "rejected",
  comment: string,
  now: Date,
  context: Record<string, unknown> = {},
): void {
  const request = tx.select().from(benefitRebaselines).where(eq(benefitRebaselines.id, rebaselineId)).get();
  if (!request) throw new NotFoundError("Ændringsanmodningen findes ikke.");
  const { benefit, project } = getBenefitOrThrow(tx, request.benefitId);
  const updated = tx
    .update(benefitRebaselines)
    .set({ status: decision, decidedById: actor.id, decidedAt: now.toISOString(), decisionComment: comment })
    .where(and(eq(benefitRebaselines.id, rebaselineId), eq(benefitRebaselines.status, "pending")))
    .run();
  if (updated.changes === 0) throw new ConflictError("Ændringsanmodningen er allerede afgjort.");
  if (decision === "approved") {
    tx.update(benefits)
      .set({
        baselineValue: request.newBaselineValue,
        baselineDate: request.newBaselineDate,
        targetValue: request.newTargetValue,
        targetDate: request.newTargetDate,
        version: benefit.version + 1,
        updatedAt: now.toISOString(),
      })
      .where(eq(benefits.id, benefit.id))
      .run();
  }
  audit(tx, actor, decision === "approved" ? "benefit.rebaseline_approve" : "benefit.rebaseline_reject", project.code, {
    benefitId: benefit.id,
    rebaselineId,
    comment,
    ...context,
  });
  notifyRebaselineDecision(tx, actor, project, benefit, { id: rebaselineId, requestedById: request.requestedById }, decision, comment, now);
}

export function decideRebaseline(actor: ActingUser, rebaselineId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  authorize(actor, "gate.decide", undefined, { action: "benefit.rebaseline_decide", objectType: "benefit_rebaseline", objectId: rebaselineId });
  const input = parseInput(rebaselineDecisionSchema, formData);
  getDb().transaction((tx) => applyRebaselineDecision(tx, actor, rebaselineId, input.decision, input.comment, now));
}

function refuseFutureDate(date: string, now: Date): void {
  if (date > now.toISOString().slice(0, 10)) throw new ValidationError({ date: ["En måling kan ikke ligge i fremtiden"] });
}

function parseMeasurement(formData: FormData | Record<string, unknown>, now: Date) {
  const input = parseInput(measurementSchema, formData);
  refuseFutureDate(input.date, now);
  return input;
}

export function recordMeasurement(actor: ActingUser, benefitId: number, formData: FormData | Record<string, unknown>, now = new Date()): number {
  const db = getDb();
  const { benefit, project } = getBenefitOrThrow(db, benefitId);
  authorize(actor, "benefit.measure", { kind: "benefit", ownerId: benefit.ownerId, project }, { action: "benefit.measure", objectType: "project", objectId: project.code });
  const input = parseMeasurement(formData, now);
  return db.transaction((tx) => {
    const row = tx
      .insert(benefitMeasurements)
      .values({ benefitId, ...input, recordedById: actor.id, createdAt: now.toISOString(), updatedAt: now.toISOString() })
      .returning({ id: benefitMeasurements.id })
      .get();
    audit(tx, actor, "benefit.measure", project.code, { benefitId, measurementId: row.id, date: input.date, value: input.value });
    return row.id;
  });
}

function getMeasurementForCorrection(actor: ActingUser, measurementId: number, now: Date, action: "benefit.measure_correct" | "benefit.measure_delete") {
  const db = getDb();
  const measurement = db.select().from(benefitMeasurements).where(eq(benefitMeasurements.id, measurementId)).get();
  if (!measurement) throw new NotFoundError("Målingen findes ikke.");
  const { project } = getBenefitOrThrow(db, measurement.benefitId);
  const correctionDays = readSettings(db).measurementCorrectionDays;
  authorize(actor, "benefit.correct_measurement", { kind: "measurement", ...measurement, now, correctionDays }, { action, objectType: "project", objectId: project.code });
  return { measurement, project };
}

const staleMeasurementMessage = "Målingen er ændret, siden du åbnede den. Din rettelse er ikke gemt; se de nyeste værdier nedenfor.";

/** The stored values as the correction form shows them. */
function currentMeasurementValues(measurement: typeof benefitMeasurements.$inferSelect): Record<string, string> {
  return { date: measurement.date, value: String(measurement.value).replace(".", ","), comment: measurement.comment, version: String(measurement.version) };
}

/** Corrects one's own measurement within 7 days, made on `version`; a newer version refuses the save. */
export function correctMeasurement(actor: ActingUser, measurementId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const { measurement, project } = getMeasurementForCorrection(actor, measurementId, now, "benefit.measure_correct");
  const { version, ...input } = parseInput(measurementCorrectionSchema, formData);
  refuseFutureDate(input.date, now);
  getDb().transaction((tx) => {
    const before = tx.select().from(benefitMeasurements).where(eq(benefitMeasurements.id, measurementId)).get();
    if (!before) throw new NotFoundError("Målingen findes ikke.");
    if (before.version !== version) throw new ConflictError(staleMeasurementMessage, currentMeasurementValues(before));
    const result = tx
      .update(benefitMeasurements)
      .set({ ...input, version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(benefitMeasurements.id, measurementId), eq(benefitMeasurements.version, version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleMeasurementMessage, currentMeasurementValues(before));
    audit(tx, actor, "benefit.measure_correct", project.code, { benefitId: measurement.benefitId, measurementId, ...changedFields(before, input) });
  });
}

/** Deletes the recorder's own measurement; with the `version` the button was shown with, one corrected since is kept. */
export function deleteMeasurement(actor: ActingUser, measurementId: number, formData: FormData | Record<string, unknown> = {}, now = new Date()): void {
  const { measurement, project } = getMeasurementForCorrection(actor, measurementId, now, "benefit.measure_delete");
  const { version } = parseInput(optionalVersion, formData);
  getDb().transaction((tx) => {
    const shown = version === undefined ? undefined : eq(benefitMeasurements.version, version);
    const result = tx.delete(benefitMeasurements).where(and(eq(benefitMeasurements.id, measurementId), shown)).run();
    if (result.changes === 0) throw new ConflictError("Målingen er rettet, siden du åbnede siden, og er ikke slettet. Genindlæs siden, og se den igen.");
    audit(tx, actor, "benefit.measure_delete", project.code, {
      benefitId: measurement.benefitId,
      measurementId,
      date: measurement.date,
      value: measurement.value,
    });
  });
}
