/**
 * The HTTP server in front of Next.js. Its jobs beyond `next start`:
 * - Next only sets X-Forwarded-For from the socket when a client has not sent one, so the app could
 *   never tell the real peer address. This server stamps the socket's address into an internal header
 *   (replacing any copy a client sent), and the app derives the client address from it.
 * - Each page's Content-Security-Policy nonce and the anonymous visitor's way to /login
 *   (lib/page-guard.mjs), done here rather than in a Next.js proxy, which costs every request a
 *   second request object and a second session decryption.
 *
 *   node scripts/serve.mjs [--dev]     (PORT from the environment, default 3000)
 */
import fs from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { guardPage, signInProviderOrigin } from "../lib/page-guard.mjs";

const socketAddressHeader = "x-styrerum-socket-address";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);

const providerOrigin = signInProviderOrigin(process.env.STYRERUM_OIDC_ISSUER);
const app = next({ dev, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

/** How long a stopping server waits for the requests it is serving before it closes their connections. */
const drainTimeoutMs = Number(process.env.STYRERUM_SHUTDOWN_TIMEOUT_MS || 10_000);
let inFlight = 0;
let stopping = false;

const server = createServer((request, response) => {
  inFlight += 1;
  response.on("close", () => {
    inFlight -= 1;
  });
  if (stopping) response.setHeader("Connection", "close");
  request.headers[socketAddressHeader] = request.socket.remoteAddress ?? "";
  delete request.headers["content-security-policy"];
  delete request.headers["content-security-policy-report-only"];
  const guard = guardPage(new URL(request.url ?? "/", "http://localhost").pathname, request.headers.cookie, dev, providerOrigin);
  if (guard.kind === "login") {
    response.writeHead(307, { Location: guard.location, "Cache-Control": "no-store" }).end();
    return;
  }
  if (guard.kind === "page") {
    request.headers["content-security-policy"] = guard.policy;
    response.setHeader("Content-Security-Policy", guard.policy);
  }
  handle(request, response);
});
// A restore refuses to run while this file names a live process.
const pidFile = path.join(path.resolve(process.env.DATA_DIR || "data"), "server.pid");

server.listen(port, () => {
  fs.mkdirSync(path.dirname(pidFile), { recursive: true, mode: 0o700 });
  fs.writeFileSync(pidFile, `${process.pid}\n`, { mode: 0o600 });
  console.log(`Styrerum lytter på port ${port}${dev ? " (udvikling)" : ""}`);
});

/** Folds the write-ahead log into the database file and closes the process's connection (see db/index.ts). */
function closeDatabase() {
  const db = globalThis.styrerumDb;
  if (!db) return;
  try {
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.close();
  } catch (error) {
    console.error("Databasen kunne ikke lukkes rent:", error);
  }
}

/** Stops taking requests, lets those in flight finish (up to the drain timeout), closes the database and exits 0. */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: Styrerum stopper, venter på ${inFlight} igangværende forespørgsler`);
  server.close();
  server.closeIdleConnections();
  const deadline = Date.now() + drainTimeoutMs;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  server.closeAllConnections();
  closeDatabase();
  fs.rmSync(pidFile, { force: true });
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(signal));
