import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { defaultSettings, formValueOf, settingDefinitions, settingsVersionKey, type SettingKey, type Settings } from "@/lib/domain/settings";
import { readSettingsForm } from "@/lib/queries/settings-form";
import { readSettings } from "@/lib/settings";
import { settingsFormSchema } from "@/lib/validation/settings";
import { ConflictError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";

export const staleSettingsMessage =
  "Indstillingerne er ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt; de nyeste gemte værdier står under denne besked, og du kan gemme igen for at overskrive dem.";

/** Writes one setting (insert or replace) inside the caller's transaction. */
export function writeSetting(tx: DbOrTx, key: string, value: string, now: Date): void {
  tx.insert(settings)
    .values({ key, value, updatedAt: now.toISOString() })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` } })
    .run();
}

/** Whether two values of a setting mean the same; a roles setting written with Danish names equals its codes. */
function sameValue(key: SettingKey, a: Settings[SettingKey], b: Settings[SettingKey]): boolean {
  return settingDefinitions[key].kind === "roles" ? formValueOf(key, a) === formValueOf(key, b) : a === b;
}

/** The keys whose value differs from what is stored, each with its stored and its new value. */
function changesOf(before: Settings, after: Settings): Record<string, { from: string | number; to: string | number }> {
  const changes: Record<string, { from: string | number; to: string | number }> = {};
  for (const key of Object.keys(defaultSettings) as SettingKey[]) {
    if (!sameValue(key, before[key], after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/**
 * The newest stored values (in form units) that a stale save would overwrite, and the version to save on; every
 * value when the save would change none of them.
 */
function overwrittenValues(current: { values: Record<SettingKey, string>; version: number }, stored: Settings, typed: Settings): Record<string, string> {
  const keys = Object.keys(defaultSettings) as SettingKey[];
  const differing = keys.filter((key) => !sameValue(key, stored[key], typed[key]));
  const shown = differing.length > 0 ? differing : keys;
  return { ...Object.fromEntries(shown.map((key) => [key, current.values[key]])), version: String(current.version) };
}

/**
 * Saves the whole settings form, made on `version`. A newer version refuses the save and shows the newest values it
 * would overwrite; only changed keys are written, each audited with its old and new value, and the version goes up
 * by one.
 * Status reports already published keep the proposal they stored; a new threshold only changes the next proposals.
 */
export function saveSettings(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): { changed: SettingKey[] } {
  authorize(actor, "admin.manage", undefined, { action: "settings.update", objectType: "settings" });
  const input = parseInput(settingsFormSchema, formData);
  return getDb().transaction((tx) => {
    const current = readSettingsForm(tx);
    const before = readSettings(tx);
    if (current.version !== input.version) throw new ConflictError(staleSettingsMessage, overwrittenValues(current, before, input.values));
    const changes = changesOf(before, input.values);
    const changed = Object.keys(changes) as SettingKey[];
    if (changed.length === 0) return { changed };
    for (const key of changed) writeSetting(tx, key, String(input.values[key]), now);
    writeSetting(tx, settingsVersionKey, String(current.version + 1), now);
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "settings.update",
      objectType: "settings",
      objectId: settingsVersionKey,
      changes: { ...changes, version: { from: current.version, to: current.version + 1 } },
    });
    return { changed };
  });
}
