/**
 * Migrates the database when the server starts, so `next start` alone never runs on an old schema, and brings the
 * search index up to date, so the first search after a seed or an import does not pay for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db");
  const { migrateDatabase } = await import("./db/migrate");
  migrateDatabase(getDb());
  const { syncSearchIndex } = await import("./lib/search/sync");
  syncSearchIndex(getDb());
}
