import "server-only";
import { cache } from "react";
import { getDb, type DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { defaultSettings, parseSettings, type Settings } from "@/lib/domain/settings";

function readFrom(db: DbOrTx): Settings {
  const rows = db.select().from(settings).all();
  return parseSettings(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}

/** One read per request however many layouts, pages and queries ask (React `cache`; outside a render it reads every time). */
const readRequestSettings = cache((): Settings => readFrom(getDb()));

/**
 * Settings as stored, with defaults for what is not stored. Without `db` the read is shared
 * by the whole request; a service passes its transaction to read what that transaction sees.
 */
export function readSettings(db?: DbOrTx): Settings {
  return db ? readFrom(db) : readRequestSettings();
}

export { defaultSettings };
