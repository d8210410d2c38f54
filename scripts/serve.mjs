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
import { createServer } from "node:http";
import next from "next";
import { guardPage, signInProviderOrigin } from "../lib/page-guard.mjs";

const socketAddressHeader = "x-styrerum-socket-address";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);

const providerOrigin = signInProviderOrigin(process.env.STYRERUM_OIDC_ISSUER);
const app = next({ dev, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
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
server.listen(port, () => console.log(`Styrerum lytter på port ${port}${dev ? " (udvikling)" : ""}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
