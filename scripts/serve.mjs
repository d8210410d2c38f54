/**
 * Starts Styrerum's HTTP server (scripts/serve-worker.mjs, in front of Next.js). Next.js renders a page on one
 * thread, so a production server runs one worker process per core (at most four; STYRERUM_WORKERS sets the
 * number) behind a primary that shares the port between them (scripts/serve-primary.mjs). In development, or
 * with STYRERUM_WORKERS=1, the server runs in this process alone.
 *
 *   node scripts/serve.mjs [--dev]     (PORT from the environment, default 3000)
 */
import cluster from "node:cluster";
import { serverWorkerCount } from "../lib/server-process.mjs";

const dev = process.argv.includes("--dev");

if (cluster.isWorker) {
  await import("./serve-worker.mjs");
} else {
  let workers;
  try {
    workers = dev ? 1 : serverWorkerCount(process.env.STYRERUM_WORKERS);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (workers > 1) (await import("./serve-primary.mjs")).runPrimary(workers);
  else await import("./serve-worker.mjs");
}
