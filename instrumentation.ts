/**
 * Migrates the database when the server starts, so `next start` alone never runs on an old schema, then starts the
 * background jobs (mail delivery, digests) unless STYRERUM_JOBS=0.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db");
  const { migrateDatabase } = await import("./db/migrate");
  migrateDatabase(getDb());
  if (process.env.STYRERUM_JOBS !== "0") {
    const { startScheduler } = await import("./lib/jobs/scheduler");
    startScheduler();
  }
}
