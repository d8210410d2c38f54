import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import fs from "node:fs";
import { logInAs } from "../scripts/bench-login";
import { demoRoles, logIn } from "./support";
import { newDataDir, startOwnServer, stopOwnServer } from "./own-server";

// 20 connections across the main pages as every role, with ideas written through the form meanwhile: no errors
// and no answer outside 2xx but the expected redirects. `npm run test:load` runs it for 20 seconds; in `npm test`
// it runs for STYRERUM_LOAD_SECONDS (default 8). The server runs two worker processes, as on a two-core machine.

const port = Number(process.env.E2E_PORT ?? 3100) + 41;
const seconds = Number(process.env.STYRERUM_LOAD_SECONDS ?? 8);

const pagesByRole: Record<keyof typeof demoRoles, string[]> = {
  director: ["/", "/portfolio", "/benefits", "/meetings", "/strategy"],
  department_head: ["/", "/portfolio?light=red", "/benefits", "/ideas"],
  staff: ["/", "/zones", "/learnings?q=data", "/ideas"],
  admin: ["/admin/users", "/admin/audit", "/"],
};

const logLines = (log: string) =>
  log
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test("20 connections across the main pages and roles, with writes, answer without errors", async ({ browser }) => {
  test.setTimeout(180_000);
  const dataDir = newDataDir();
  const server = await startOwnServer(dataDir, port, { STYRERUM_WORKERS: "2" });
  try {
    const requests: autocannon.Request[] = [];
    for (const [role, paths] of Object.entries(pagesByRole) as [keyof typeof demoRoles, string[]][]) {
      const cookie = await logInAs(server.baseURL, demoRoles[role]);
      for (const path of paths) requests.push({ method: "GET", path, headers: { cookie } });
    }

    const writer = await browser.newPage({ baseURL: server.baseURL, locale: "da-DK" });
    await logIn(writer, demoRoles.staff);
    await writer.waitForURL((url) => !url.pathname.startsWith("/login"));
    await writer.goto("/ideas");
    const form = writer.getByRole("region", { name: "Foreslå en idé" });
    const stopAt = Date.now() + seconds * 1000;
    const writes = (async () => {
      let written = 0;
      while (Date.now() < stopAt) {
        await form.getByLabel("Titel").fill(`Belastningsidé ${written}`);
        await form.getByLabel("Beskrivelse").fill("Skrevet under belastning.");
        await form.getByRole("button", { name: "Indsend idé" }).click();
        await expect(form.getByLabel("Titel")).toHaveValue("", { timeout: 20_000 });
        written += 1;
      }
      return written;
    })();

    const statuses = new Map<number, number>();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url: server.baseURL, connections: 20, duration: seconds, requests }, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on("response", (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
    });
    const written = await writes;

    const unexpected = [...statuses].filter(([status]) => status < 200 || status >= 400);
    expect(unexpected, `answers outside 2xx/3xx: ${JSON.stringify(Object.fromEntries(statuses))}`).toEqual([]);
    expect(result.errors + result.timeouts).toBe(0);
    expect(result.requests.total).toBeGreaterThanOrEqual(10);
    expect(written).toBeGreaterThan(0);

    // A worker that dies is replaced by a new one, and the port answers meanwhile from the other.
    const listening = () => logLines(server.log()).filter((line) => line.msg === "Styrerum lytter på port " + port);
    expect(listening()).toHaveLength(2);
    process.kill(Number(listening()[0].pid), "SIGKILL");
    // A connection that was on its way to the dead worker fails or hangs; a new one goes to the live worker.
    const health = () => fetch(`${server.baseURL}/api/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
    await expect.poll(async () => (await health())?.status, { timeout: 20_000 }).toBe(200);
    await expect.poll(() => listening().length, { timeout: 30_000 }).toBe(3);
    expect(logLines(server.log()).some((line) => line.msg === "En serverproces stoppede uventet; en ny startes")).toBe(true);

    // A stop request to npm start's process alone reaches every worker: each finishes, closes the database, and
    // the whole server exits 0 and leaves nothing listening.
    const exited = new Promise<number | null>((resolve) => server.process.once("exit", (code) => resolve(code)));
    process.kill(server.process.pid!, "SIGTERM");
    expect(await exited).toBe(0);
    expect(fs.existsSync(`${dataDir}/server.pid`)).toBe(false);
    await expect(fetch(`${server.baseURL}/api/health`)).rejects.toThrow();

    // One JSON line per request, by route pattern and user id; never a cookie, a token or a password.
    const lines = logLines(server.log());
    const requestLines = lines.filter((line) => line.msg === "request");
    expect(requestLines.length).toBeGreaterThanOrEqual(result.requests.total);
    expect(lines.some((line) => line.msg === "Styrerum kører med 2 serverprocesser")).toBe(true);
    expect(new Set(requestLines.map((line) => line.pid)).size, "both workers served requests").toBe(2);
    expect(requestLines.some((line) => line.route === "/portfolio" && line.method === "GET" && typeof line.userId === "number" && line.status === 200)).toBe(true);
    expect(requestLines.every((line) => typeof line.requestId === "string" && typeof line.durationMs === "number")).toBe(true);
    // Pages that waited for their turn to render say how long (lib/render-gate.mjs).
    expect(requestLines.some((line) => typeof line.queuedMs === "number" && line.queuedMs > 0 && line.queuedMs <= Number(line.durationMs))).toBe(true);
    expect(lines.filter((line) => Number(line.level) >= 50 && line.msg !== "En serverproces stoppede uventet; en ny startes")).toEqual([]);
    expect(JSON.stringify(requestLines)).not.toMatch(/authjs|session-token|Styrerum-demo/);
  } finally {
    await stopOwnServer(server, "SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
