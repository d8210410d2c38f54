// @ts-check
/**
 * What the server's processes (scripts/serve.mjs) agree on: how many worker processes serve the port, and the pid
 * file that names the process a stop signal goes to while a server runs (a restore refuses to run while it names a
 * live process).
 *
 * Plain JavaScript so the server can load it without a build step.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** More workers than this add memory and write contention on the one database file, not speed. */
export const maxDefaultWorkers = 4;
const maxWorkers = 32;

/**
 * STYRERUM_WORKERS as a count: one per core, at most four, when unset or empty.
 * @param {string | undefined} value
 * @param {number} [cores]
 * @returns {number}
 */
export function serverWorkerCount(value, cores = os.availableParallelism()) {
  if (value === undefined || value.trim() === "") return Math.max(1, Math.min(cores, maxDefaultWorkers));
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > maxWorkers) {
    throw new Error(`STYRERUM_WORKERS skal være et helt tal fra 1 til ${maxWorkers} (antal serverprocesser), ikke "${value.slice(0, 20)}"`);
  }
  return count;
}

/** Written by the running server, so that a restore can refuse to pull the database from under it. */
export const serverPidFileName = "server.pid";

function pidFile() {
  return path.join(path.resolve(process.env.DATA_DIR || "data"), serverPidFileName);
}

export function writePidFile() {
  const file = pidFile();
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
}

export function removePidFile() {
  fs.rmSync(pidFile(), { force: true });
}
