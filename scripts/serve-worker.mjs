/**
 * The HTTP server in front of Next.js. Its jobs beyond `next start`:
 * - Next only sets X-Forwarded-For from the socket when a client has not sent one, so the app could
 *   never tell the real peer address. This server stamps the socket's address into an internal header
 *   (replacing any copy a client sent), and the app derives the client address from it.
 * - Each page's Content-Security-Policy nonce and the anonymous visitor's way to /login
 *   (lib/page-guard.mjs), done here rather than in a Next.js proxy, which costs every request a
 *   second request object and a second session decryption.
 * - Page renders take turns and saves go first (lib/render-gate.mjs), so that a save under load
 *   answers in tens of milliseconds rather than seconds.
 *
 * It runs in the process scripts/serve.mjs starts, alone or as one of several workers that share the port.
 */
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { logger, requestContext } from "../lib/log.mjs";
import { guardPage, isCrossSiteAction, signInProviderOrigin } from "../lib/page-guard.mjs";
import { createRenderGate, gateRoleOf } from "../lib/render-gate.mjs";
import { routeMatcherForBuild } from "../lib/route-patterns.mjs";
import { removePidFile, writePidFile } from "../lib/server-process.mjs";

const socketAddressHeader = "x-styrerum-socket-address";
const requestIdHeader = "x-request-id";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);

const providerOrigin = signInProviderOrigin(process.env.STYRERUM_OIDC_ISSUER);
const app = next({ dev, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();
const routeOf = routeMatcherForBuild(process.cwd());
const renderGate = createRenderGate();

/** @param {bigint} startedAt */
const millisecondsSince = (startedAt) => Math.round(Number(process.hrtime.bigint() - startedAt) / 1e5) / 10;

/** One log line per request: what an IT department needs to find it, nothing personal but the user's id. */
function logRequest(request, response, context, startedAt) {
  const route = routeOf(new URL(request.url ?? "/", "http://localhost").pathname);
  const line = {
    requestId: context.requestId,
    method: request.method,
    route,
    // A client that went away before its answer was sent (or while it waited for its turn) got none.
    status: response.headersSent ? response.statusCode : null,
    aborted: response.writableFinished ? undefined : true,
    durationMs: millisecondsSince(startedAt),
    queuedMs: context.queuedMs,
    userId: context.userId,
  };
  if (route === "/_next/*") logger.debug(line, "request");
  else if (response.statusCode >= 500) logger.error(line, "request");
  else logger.info(line, "request");
}

/** How long a stopping server waits for the requests it is serving before it closes their connections. */
const drainTimeoutMs = Number(process.env.STYRERUM_SHUTDOWN_TIMEOUT_MS || 10_000);
let inFlight = 0;
let stopping = false;

/** The request ids of the saves this process is running (see gateRoleOf). */
const writesInFlight = new Set();

const server = createServer((request, response) => {
  const startedAt = process.hrtime.bigint();
  const context = { requestId: randomUUID(), userId: null, queuedMs: undefined };
  const sentRequestId = request.headers[requestIdHeader];
  context.forAWriteInFlight = typeof sentRequestId === "string" && writesInFlight.has(sentRequestId);
  inFlight += 1;
  response.on("close", () => {
    inFlight -= 1;
    logRequest(request, response, context, startedAt);
  });
  if (stopping) response.setHeader("Connection", "close");
  // The id ties a user's error report (the error page's "fejlreference" is logged with it) to the log.
  request.headers[requestIdHeader] = context.requestId;
  response.setHeader("X-Request-Id", context.requestId);
  requestContext.run(context, () => serve(request, response, context, startedAt));
});

function serve(request, response, context, startedAt) {
  request.headers[socketAddressHeader] = request.socket.remoteAddress ?? "";
  delete request.headers["content-security-policy"];
  delete request.headers["content-security-policy-report-only"];
  if (isCrossSiteAction(request.method, request.headers)) {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end("Anmodningen kom fra et andet websted og er afvist.");
    return;
  }
  const guard = guardPage(new URL(request.url ?? "/", "http://localhost").pathname, request.headers.cookie, dev, providerOrigin);
  if (guard.kind === "login") {
    response.writeHead(307, { Location: guard.location, "Cache-Control": "no-store" }).end();
    return;
  }
  if (guard.kind === "page") {
    request.headers["content-security-policy"] = guard.policy;
    response.setHeader("Content-Security-Policy", guard.policy);
  }
  // Page reads render one at a time per process and saves go first (lib/render-gate.mjs).
  const role = gateRoleOf(request.method, guard.kind, context.forAWriteInFlight);
  if (role === "read") {
    const withdraw = renderGate.read((release) => {
      // How long the read waited for its turn: the sign of a server with more work than it has cores for.
      const queuedMs = millisecondsSince(startedAt);
      if (queuedMs >= 1) context.queuedMs = queuedMs;
      response.once("close", release);
      handle(request, response);
    });
    response.once("close", withdraw);
    return;
  }
  if (role === "write") {
    writesInFlight.add(context.requestId);
    const release = renderGate.write();
    response.once("close", () => {
      writesInFlight.delete(context.requestId);
      release();
    });
  }
  handle(request, response);
}

// A server that cannot take the port (another process has it) has nothing to do: say so and exit 1, rather than
// leave a process that serves no one (Next.js would keep it alive as an uncaught exception).
server.on("error", (error) => {
  if (server.listening) return;
  logger.fatal({ err: error, port }, `Styrerum kan ikke lytte på port ${port}: ${error.code === "EADDRINUSE" ? "porten er optaget" : error.message}`);
  logger.flush();
  process.exit(1);
});

server.listen(port, () => {
  // A worker's primary owns the pid file: a stop signal goes to the primary, which stops its workers.
  if (cluster.isPrimary) writePidFile();
  logger.info({ port, dev }, `Styrerum lytter på port ${port}${dev ? " (udvikling)" : ""}`);
});

/** Folds the write-ahead log into the database file and closes the process's connection (see db/index.ts). */
function closeDatabase() {
  const db = globalThis.styrerumDb;
  if (!db) return;
  try {
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.close();
  } catch (error) {
    logger.error({ err: error }, "Databasen kunne ikke lukkes rent");
  }
}

/** Stops taking requests, lets those in flight finish (up to the drain timeout), closes the database and exits 0. */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal, inFlight }, "Styrerum stopper");
  server.close();
  server.closeIdleConnections();
  const deadline = Date.now() + drainTimeoutMs;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  server.closeAllConnections();
  closeDatabase();
  if (cluster.isPrimary) removePidFile();
  logger.info("Styrerum er stoppet");
  logger.flush();
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(signal));
