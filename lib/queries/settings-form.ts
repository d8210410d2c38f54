import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { defaultSettings, formValueOf, parseSettingsVersion, settingsVersionKey, type SettingKey } from "@/lib/domain/settings";
import { readSettings } from "@/lib/settings";

/** The version the stored settings are at; every saved change raises it. */
export function readSettingsVersion(db: DbOrTx = getDb()): number {
  return parseSettingsVersion(db.select({ value: settings.value }).from(settings).where(eq(settings.key, settingsVersionKey)).get()?.value);
}

/** The settings as the admin form shows them (form units, e.g. a tolerance in %), plus the version they were read at. */
export function readSettingsForm(db: DbOrTx = getDb()): { values: Record<SettingKey, string>; version: number } {
  const stored = readSettings(db);
  const values = Object.fromEntries((Object.keys(defaultSettings) as SettingKey[]).map((key) => [key, formValueOf(key, stored[key])])) as Record<
    SettingKey,
    string
  >;
  return { values, version: readSettingsVersion(db) };
}
