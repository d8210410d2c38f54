import "server-only";
import { getDb, type DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { defaultSettings, parseSettings, type Settings } from "@/lib/domain/settings";

/** Settings as stored, with defaults for what is not stored. */
export function readSettings(db: DbOrTx = getDb()): Settings {
  const rows = db.select().from(settings).all();
  return parseSettings(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}

export { defaultSettings };
