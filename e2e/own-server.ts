import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A production server of its own, on its own data folder and port, for the tests that kill, restart or load a
 * server (the shared one serves the other specs). It runs in its own process group, so `kill` reaches npm start's
 * child (scripts/serve.mjs) too.
 */
export type OwnServer = { baseURL: string; dataDir: string; process: ChildProcess; log: () => string };

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-own-server-"));
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export async function startOwnServer(dataDir: string, port: number, env: Record<string, string> = {}): Promise<OwnServer> {
  if (await answers(`http://localhost:${port}/api/health`)) throw new Error(`port ${port} is taken by another server`);
  const logFile = path.join(dataDir, "server.log");
  const out = fs.openSync(logFile, "a");
  // Like `npm start`: node with tsx as a loader, so a signal reaches the server itself (tsx's own CLI would relay it
  // and, when the server is too busy to acknowledge within 30 ms, kill it and exit 143).
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    detached: true,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      STYRERUM_SKIP_BUILD: "1",
      STYRERUM_DEMO: "1",
      AUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
      ...env,
    },
  });
  fs.closeSync(out);
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${fs.readFileSync(logFile, "utf8")}`);
    if (await answers(`${baseURL}/api/health/ready`)) return { baseURL, dataDir, process: child, log: () => fs.readFileSync(logFile, "utf8") };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-child.pid!, "SIGKILL");
  throw new Error(`the server did not become ready:\n${fs.readFileSync(logFile, "utf8")}`);
}

/** Sends `signal` to the server's whole process group and waits until npm start's process has exited. */
export async function stopOwnServer(server: OwnServer, signal: NodeJS.Signals): Promise<number | null> {
  if (server.process.exitCode !== null) return server.process.exitCode;
  const exited = new Promise<number | null>((resolve) => server.process.once("exit", (code) => resolve(code)));
  try {
    process.kill(-server.process.pid!, signal);
  } catch {
    // already gone
  }
  return exited;
}
