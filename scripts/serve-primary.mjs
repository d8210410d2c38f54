/**
 * The primary of a server with several worker processes (scripts/serve.mjs). It serves no request itself: it
 * shares the port between its workers (Node's cluster), replaces a worker that dies, and on SIGINT or SIGTERM
 * stops them all (each finishes its requests and closes the database) before it exits.
 *
 * The first worker starts alone: it brings the search index up to date and runs the background jobs (mail,
 * digests, overdue notices, backups), which must run in one process only. The others start once it listens.
 * Every worker has its own connection to the one SQLite file; write transactions take the write lock when they
 * begin (db/index.ts), so two workers' writes wait for each other instead of failing.
 */
import cluster from "node:cluster";
import { logger } from "../lib/log.mjs";
import { removePidFile, writePidFile } from "../lib/server-process.mjs";

/** @param {number} count */
export function runPrimary(count) {
  const jobsWanted = process.env.STYRERUM_JOBS !== "0";
  /** @type {Map<number, { runsJobs: boolean; listened: boolean }>} */
  const workers = new Map();
  let stopping = false;
  let exitCode = 0;

  /** @param {boolean} runsJobs */
  function fork(runsJobs) {
    const worker = cluster.fork({ STYRERUM_JOBS: runsJobs ? "1" : "0" });
    workers.set(worker.id, { runsJobs, listened: false });
    return worker;
  }

  function finish() {
    removePidFile();
    logger.info({ exitCode }, "Styrerum er stoppet");
    logger.flush();
    process.exit(exitCode);
  }

  /** @param {string} signal */
  function stop(signal) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: workers.size }, "Styrerum stopper");
    if (workers.size === 0) finish();
    // A signal sent to the whole process group has reached the workers already; a second one changes nothing.
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  }

  cluster.on("listening", (worker) => {
    const state = workers.get(worker.id);
    if (!state || state.listened) return;
    state.listened = true;
    if ([...workers.values()].every((entry) => entry.listened) && workers.size === count) {
      writePidFile();
      logger.info({ workers: count }, `Styrerum kører med ${count} serverprocesser`);
    }
  });

  cluster.on("exit", (worker, code, signal) => {
    const state = workers.get(worker.id);
    workers.delete(worker.id);
    if (stopping) {
      if (workers.size === 0) finish();
      return;
    }
    if (!state?.listened) {
      // A worker that never served (a port in use, a broken build) would fail again: stop rather than loop.
      logger.error({ code, signal }, "En serverproces kunne ikke starte; Styrerum stopper");
      exitCode = 1;
      stop("SIGTERM");
      return;
    }
    logger.error({ code, signal }, "En serverproces stoppede uventet; en ny startes");
    fork(state.runsJobs);
  });

  fork(jobsWanted).once("listening", () => {
    if (stopping) return;
    for (let index = 1; index < count; index += 1) fork(false);
  });

  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
}
