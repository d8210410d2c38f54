import "server-only";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { departments } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { shortNameFrom } from "@/lib/domain/departments";
import { onboardingProgressKey, onboardingStepStates, onboardingSteps, type OnboardingStep, type OnboardingStepState } from "@/lib/domain/onboarding";
import { settingsVersionKey } from "@/lib/domain/settings";
import { departmentNameTaken } from "@/lib/queries/departments";
import { readOnboardingProgress } from "@/lib/queries/settings-onboarding";
import { readSettingsVersion } from "@/lib/queries/settings-form";
import { readSettings } from "@/lib/settings";
import { departmentLinesSchema } from "@/lib/validation/departments";
import { municipalityNameSchema } from "@/lib/validation/settings";
import { ConflictError, ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
import { writeSetting } from "./settings-admin";

const stepSchema = z.object({
  step: z.enum(onboardingSteps, { error: "Ukendt trin" }),
  state: z.enum(onboardingStepStates, { error: "Ukendt valg" }),
});

/** Records a step's new state (in the caller's transaction), audited with old and new. */
function markStep(tx: DbOrTx, actor: ActingUser, step: OnboardingStep, state: OnboardingStepState, now: Date): void {
  const progress = readOnboardingProgress(tx);
  if (progress[step] === state) return;
  writeSetting(tx, onboardingProgressKey, JSON.stringify({ ...progress, [step]: state }), now);
  recordAudit(tx, {
    actorId: actor.id,
    actorRole: actor.role,
    action: "onboarding.step",
    objectType: "settings",
    objectId: onboardingProgressKey,
    changes: { step, state: { from: progress[step], to: state } },
  });
}

/** Skips a step, marks it done (e.g. users were made on their own page), or opens it again. */
export function setOnboardingStep(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): void {
  authorize(actor, "admin.manage", undefined, { action: "onboarding.step", objectType: "settings" });
  const { step, state } = parseInput(stepSchema, formData);
  getDb().transaction((tx) => markStep(tx, actor, step, state, now));
}

const staleNameMessage = "Indstillingerne er ændret af en anden, siden du åbnede siden. Navnet er ikke gemt; det gemte navn står under denne besked, og du kan gemme igen for at overskrive det.";

/**
 * Step 1: the municipality's name (a setting, so it raises the settings version like the settings form does). It is
 * refused when the stored name is no longer the one the form showed (`shownName`): someone saved another meanwhile.
 */
export function saveMunicipalityName(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): void {
  authorize(actor, "admin.manage", undefined, { action: "settings.update", objectType: "settings" });
  const { municipalityName, shownName } = parseInput(municipalityNameSchema, formData);
  getDb().transaction((tx) => {
    const before = readSettings(tx).municipalityName;
    if (shownName !== undefined && before !== shownName && before !== municipalityName) {
      throw new ConflictError(staleNameMessage, { municipalityName: before });
    }
    if (before !== municipalityName) {
      const version = readSettingsVersion(tx);
      writeSetting(tx, "municipalityName", municipalityName, now);
      writeSetting(tx, settingsVersionKey, String(version + 1), now);
      recordAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "settings.update",
        objectType: "settings",
        objectId: settingsVersionKey,
        changes: { municipalityName: { from: before, to: municipalityName }, version: { from: version, to: version + 1 } },
      });
    }
    markStep(tx, actor, "municipality", "done", now);
  });
}

/** Step 2: departments typed one per line, each a new area (fagområde); a name that exists already refuses them all. */
export function createDepartmentsFromLines(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): { created: number } {
  authorize(actor, "admin.manage", undefined, { action: "department.create", objectType: "department" });
  const { departments: names } = parseInput(departmentLinesSchema, formData);
  return getDb().transaction((tx) => {
    const taken = names.filter((name) => departmentNameTaken(tx, name));
    if (taken.length) throw new ValidationError({ departments: [`Findes allerede: ${taken.join(", ")}`] });
    for (const name of names) {
      const columns = { name, shortName: shortNameFrom(name), kind: "area" as const };
      const { id } = tx.insert(departments).values({ ...columns, createdAt: now.toISOString(), updatedAt: now.toISOString() }).returning({ id: departments.id }).get();
      recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "department.create", objectType: "department", objectId: id, changes: columns });
    }
    markStep(tx, actor, "departments", "done", now);
    return { created: names.length };
  });
}
