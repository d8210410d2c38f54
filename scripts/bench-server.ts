import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { serverPidFile } from "../lib/operations/data-folder";

export type BenchServer = { baseUrl: string; logFile: string; stop: () => Promise<void> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the production server (scripts/start.ts, without building) on the bench data in its own process
 * group, waits until every worker process serves (the server writes its pid file then) and /api/health answers,
 * and returns a stop function that ends the whole group.
 */
export async function startBenchServer(dataDir: string, port: number): Promise<BenchServer> {
  const baseUrl = `http://localhost:${port}`;
  if (await answers(`${baseUrl}/api/health`)) throw new Error(`Port ${port} er optaget af en anden server; vælg en anden med BENCH_PORT.`);
  const logFile = path.join(dataDir, "bench-server.log");
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "start.ts")], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), STYRERUM_SKIP_BUILD: "1", STYRERUM_DEMO: "1", NODE_ENV: "production" },
  });
  fs.closeSync(log);

  let stopped = false;
  const stop = async () => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // The group is already gone.
      }
    };
    signalGroup("SIGTERM");
    if (!(await exited(child, 10_000))) signalGroup("SIGKILL");
  };

  const pidFile = serverPidFile(dataDir);
  fs.rmSync(pidFile, { force: true });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Serveren stoppede under opstart; se ${logFile}.`);
    if (fs.existsSync(pidFile) && (await answers(`${baseUrl}/api/health`))) return { baseUrl, logFile, stop };
    await sleep(500);
  }
  await stop();
  throw new Error(`Serveren svarede ikke på /api/health inden for 3 minutter; se ${logFile}.`);
}
