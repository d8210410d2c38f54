// @ts-check
/**
 * The server's structured log: JSON lines through pino on standard output (pretty in development), level from
 * STYRERUM_LOG_LEVEL (default info). One logger and one request context per process, kept on globalThis, because
 * the HTTP server (scripts/serve.mjs) and the Next.js bundles each load this module.
 *
 * Log only what an IT department needs to find a request: never passwords, cookies, tokens or personal free text.
 *
 * Plain JavaScript so the server can load it without a build step.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

/** @typedef {{ requestId: string; userId: number | null }} RequestContext */

const loggerKey = Symbol.for("styrerum.logger");
const contextKey = Symbol.for("styrerum.requestContext");
/** @type {Record<symbol, unknown>} */
const shared = /** @type {any} */ (globalThis);

/** @returns {pino.Logger} */
function createLogger() {
  const level = process.env.STYRERUM_LOG_LEVEL || "info";
  const pretty = process.env.NODE_ENV === "development" || process.argv.includes("--dev");
  return pino({
    level,
    base: { service: "styrerum", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["password", "*.password", "cookie", "*.cookie", "authorization", "*.authorization", "token", "*.token"], censor: "[skjult]" },
    ...(pretty ? { transport: { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" } } } : {}),
  });
}

/** @type {pino.Logger} */
export const logger = /** @type {pino.Logger} */ (shared[loggerKey] ??= createLogger());

/** @type {AsyncLocalStorage<RequestContext>} */
export const requestContext = /** @type {AsyncLocalStorage<RequestContext>} */ (shared[contextKey] ??= new AsyncLocalStorage());

/** Tells the request log which user the current request is for (called where the signed-in user is resolved). */
export function noteRequestUser(/** @type {number} */ userId) {
  const context = requestContext.getStore();
  if (context) context.userId = userId;
}
