import "server-only";
import { cache } from "react";
import { getDb, type DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { defaultSettings, parseSettings, type Settings } from "@/lib/domain/settings";

/** Settings as stored, with defaults for what is not stored. */
export function readSettings(db: DbOrTx = getDb()): Settings {
  const rows = db.select().from(settings).all();
  return parseSettings(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}

/** The settings for the current request, read once however many components ask (outside a request: read each time). */
export const currentSettings = cache((): Settings => readSettings());

export { defaultSettings };
