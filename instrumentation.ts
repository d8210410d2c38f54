/** Migrates the database when the server starts, so `next start` alone never runs on an old schema. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db");
  const { migrateDatabase } = await import("./db/migrate");
  migrateDatabase(getDb());
}
