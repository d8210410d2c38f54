import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { defaultSettings, settingsVersionKey, type SettingKey, type Settings } from "@/lib/domain/settings";
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

/** The form values as stored text, and the keys whose value differs from what is stored. */
function changesOf(before: Settings, after: Settings): Record<string, { from: string | number; to: string | number }> {
  const changes: Record<string, { from: string | number; to: string | number }> = {};
  for (const key of Object.keys(defaultSettings) as SettingKey[]) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/**
 * Saves the whole settings form, made on `version`. A newer version refuses the save and shows the newest values;
 * only changed keys are written, each audited with its old and new value, and the version goes up by one.
 * Status reports already published keep the proposal they stored; a new threshold only changes the next proposals.
 */
export function saveSettings(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): { changed: SettingKey[] } {
  authorize(actor, "admin.manage", undefined, { action: "settings.update", objectType: "settings" });
  const input = parseInput(settingsFormSchema, formData);
  return getDb().transaction((tx) => {
    const current = readSettingsForm(tx);
    if (current.version !== input.version) {
      throw new ConflictError(staleSettingsMessage, { ...current.values, version: String(current.version) });
    }
    const before = readSettings(tx);
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
