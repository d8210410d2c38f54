import type { Instrumentation } from "next";

/**
 * Migrates the database when the server starts, so `next start` alone never runs on an old schema; brings the search
 * index up to date, so the first search after a seed or an import does not pay for it; then starts the background
 * jobs (mail delivery, digests, overdue notices, backups) unless STYRERUM_JOBS=0.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db");
  const { migrateDatabase } = await import("./db/migrate");
  migrateDatabase(getDb());
  const { syncSearchIndex } = await import("./lib/search/sync");
  syncSearchIndex(getDb());
  if (process.env.STYRERUM_JOBS !== "0") {
    const { startScheduler } = await import("./lib/jobs/scheduler");
    startScheduler();
  }
}

/** Every server error in the log, with the request id and the digest the error page shows as fejlreference. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/log.mjs");
  const { requestErrorFields } = await import("./lib/request-errors");
  logger.error(requestErrorFields(error, request, context), "request error");
};
