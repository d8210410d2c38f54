import { expect, test, type Browser, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { demoRoles, logIn } from "./support";
import { newDataDir, startOwnServer, stopOwnServer, type OwnServer } from "./own-server";

// The server is killed with SIGKILL (its whole process group) in the middle of a write load, three times, and
// restarted: every write the server confirmed must be there afterwards, whole, and the database sound.
// `npm run test:crash` runs this file alone.

const port = Number(process.env.E2E_PORT ?? 3100) + 40;
const rounds = 3;
const loadMs = 1_000;

type Confirmed = { ideas: string[]; measurements: string[]; statusReports: string[] };

function openDatabase(dataDir: string): Database.Database {
  const db = new Database(path.join(dataDir, "styrerum.db"));
  db.pragma("busy_timeout = 5000");
  return db;
}

/** A project of the demo department head's department, whose status reports the director publishes. */
function projectOfTheHead(dataDir: string): string {
  const db = openDatabase(dataDir);
  try {
    return db
      .prepare("select p.code from projects p join users u on u.department_id = p.department_id where u.email = ? and p.phase = 'implementation' order by p.code limit 1")
      .pluck()
      .get(demoRoles.department_head) as string;
  } finally {
    db.close();
  }
}

/** A benefit owned by the demo department head, whose measurements the writer records. */
function arrangeBenefit(dataDir: string): string {
  const db = openDatabase(dataDir);
  try {
    const head = db.prepare("select id, department_id from users where email = ?").get(demoRoles.department_head) as { id: number; department_id: number };
    const project = db.prepare("select id from projects where department_id = ? order by code limit 1").pluck().get(head.department_id) as number;
    const title = `Nedbrudsgevinst ${Date.now()}`;
    db.prepare(
      `insert into benefits (project_id, title, type, owner_id, indicator, unit, direction, baseline_value, baseline_date, target_value, target_date, status, measurement_frequency_months)
       values (?, ?, 'quality', ?, 'Antal besøg', 'besøg', 'up', 100, '2025-01-01', 200, '2027-12-31', 'realising', 3)`,
    ).run(project, title, head.id);
    return title;
  } finally {
    db.close();
  }
}

async function signedInPage(browser: Browser, baseURL: string, role: keyof typeof demoRoles): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await context.newPage();
  await logIn(page, demoRoles[role]);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return page;
}

/**
 * Submits a form and reports whether the server confirmed it: its action answered 200 and the form then shows the
 * success (`confirmedBy`, e.g. the form emptied for the next entry). A POST that fails (the server was killed under
 * it) ends the wait at once rather than after the response timeout.
 */
async function submitConfirmed(page: Page, submit: () => Promise<void>, confirmedBy: () => Promise<void>): Promise<boolean> {
  try {
    const response = page.waitForResponse((candidate) => candidate.request().method() === "POST", { timeout: 10_000 }).catch(() => null);
    const failed = page.waitForEvent("requestfailed", { predicate: (request) => request.method() === "POST", timeout: 10_000 }).then(
      () => null,
      () => null,
    );
    await submit();
    const answer = await Promise.race([response, failed]);
    if (!answer?.ok()) return false;
    await confirmedBy();
    return true;
  } catch {
    return false;
  }
}

/** Writes ideas (staff), measurements (department head) and status reports (director) as fast as the forms allow. */
async function writeLoad(pages: Pages, round: number, targets: { benefit: string; project: string }, stopAt: number, confirmed: Confirmed) {
  const { benefit } = targets;
  const ideas = (async () => {
    await pages.staff.goto("/ideas");
    const form = pages.staff.getByRole("region", { name: "Foreslå en idé" });
    for (let n = 0; Date.now() < stopAt; n++) {
      const title = `Nedbrudsidé ${round}-${n}`;
      const ok = await submitConfirmed(
        pages.staff,
        async () => {
          await form.getByLabel("Titel").fill(title, { timeout: 2_000 });
          await form.getByLabel("Beskrivelse").fill("Skrevet under belastning.", { timeout: 2_000 });
          await form.getByRole("button", { name: "Indsend idé" }).click({ timeout: 2_000 });
        },
        () => expect(form.getByLabel("Titel")).toHaveValue("", { timeout: 10_000 }),
      );
      if (!ok) return;
      confirmed.ideas.push(title);
    }
  })();
  const measurements = (async () => {
    await pages.head.goto("/benefits");
    const card = pages.head.getByRole("listitem").filter({ has: pages.head.getByRole("heading", { name: benefit }) });
    for (let n = 0; Date.now() < stopAt; n++) {
      const comment = `Nedbrudsmåling ${round}-${n}`;
      const ok = await submitConfirmed(
        pages.head,
        async () => {
          await card.getByLabel("Værdi (besøg)").fill(String(100 + n), { timeout: 2_000 });
          await card.getByLabel("Kommentar (valgfri)").fill(comment, { timeout: 2_000 });
          await card.getByRole("button", { name: "Registrér måling" }).click({ timeout: 2_000 });
        },
        () => expect(card.getByLabel("Kommentar (valgfri)")).toHaveValue("", { timeout: 10_000 }),
      );
      if (!ok) return;
      confirmed.measurements.push(comment);
    }
  })();
  const statusReports = (async () => {
    await pages.director.goto(`/projects/${targets.project}?tab=status`);
    const form = pages.director.getByRole("form", { name: "Ny statusrapport" });
    for (let n = 0; Date.now() < stopAt; n++) {
      const overall = `Nedbrudsstatus ${round}-${n}`;
      const ok = await submitConfirmed(
        pages.director,
        async () => {
          // A light the portal proposes nothing for starts unchosen.
          for (const group of ["Tid", "Økonomi", "Leverance/kvalitet", "Risiko", "Gevinster"]) {
            const lights = form.getByRole("group", { name: group, exact: true });
            if ((await lights.locator("input:checked").count()) === 0) await lights.getByRole("radio", { name: "Grøn" }).check({ timeout: 2_000 });
          }
          for (const comment of await form.locator("textarea").all()) await comment.fill("Skrevet under belastning.", { timeout: 2_000 });
          await form.locator("#overallComment").fill(overall, { timeout: 2_000 });
          await form.getByRole("button", { name: "Udgiv" }).click({ timeout: 2_000 });
        },
        () => expect(form.locator("#overallComment")).toHaveValue("", { timeout: 10_000 }),
      );
      if (!ok) return;
      confirmed.statusReports.push(overall);
    }
  })();
  await Promise.all([ideas, measurements, statusReports]);
}

type Pages = { staff: Page; head: Page; director: Page };

/** Integrity, foreign keys, the audit chain, and every confirmed write present with its audit event. */
function checkDatabase(dataDir: string, confirmed: Confirmed) {
  const db = openDatabase(dataDir);
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);

    const audit = execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/audit-verify.ts"], { env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" });
    expect(audit).toMatch(/^ok \d+ events/);

    const ideas = db.prepare("select id, title from ideas where title like 'Nedbrudsidé %'").all() as { id: number; title: string }[];
    const ideaTitles = new Set(ideas.map((idea) => idea.title));
    for (const title of confirmed.ideas) expect(ideaTitles.has(title), `${title} was confirmed`).toBe(true);
    const auditedIdeas = new Set(db.prepare("select object_id from audit_events where action = 'idea.create'").pluck().all() as string[]);
    for (const idea of ideas) expect(auditedIdeas.has(String(idea.id)), `${idea.title} has its audit event`).toBe(true);

    const comments = new Set(db.prepare("select comment from benefit_measurements where comment like 'Nedbrudsmåling %'").pluck().all() as string[]);
    for (const comment of confirmed.measurements) expect(comments.has(comment), `${comment} was confirmed`).toBe(true);

    const reports = db.prepare("select id, overall_comment, state from status_reports where overall_comment like 'Nedbrudsstatus %'").all() as {
      id: number;
      overall_comment: string;
      state: string;
    }[];
    const published = new Set(reports.filter((report) => report.state === "published").map((report) => report.overall_comment));
    for (const overall of confirmed.statusReports) expect(published.has(overall), `${overall} was confirmed`).toBe(true);
    const auditedReports = new Set(db.prepare("select json_extract(changes, '$.reportId') from audit_events where action = 'status_report.publish'").pluck().all() as number[]);
    for (const report of reports) expect(auditedReports.has(report.id), `${report.overall_comment} has its audit event`).toBe(true);
  } finally {
    db.close();
  }
}

test("a server killed mid-write, three times, loses nothing it confirmed", async ({ browser }) => {
  test.setTimeout(300_000);
  const dataDir = newDataDir();
  const confirmed: Confirmed = { ideas: [], measurements: [], statusReports: [] };
  let server: OwnServer | null = await startOwnServer(dataDir, port);
  try {
    const targets = { benefit: arrangeBenefit(dataDir), project: projectOfTheHead(dataDir) };
    const baseURL = server.baseURL;
    // Signed in side by side: three password checks need not wait for each other.
    const [staff, head, director] = await Promise.all((["staff", "department_head", "director"] as const).map((role) => signedInPage(browser, baseURL, role)));
    const pages: Pages = { staff, head, director };
    for (let round = 1; round <= rounds; round++) {
      if (!server) server = await startOwnServer(dataDir, port);
      const before = { ideas: confirmed.ideas.length, measurements: confirmed.measurements.length, statusReports: confirmed.statusReports.length };
      const load = writeLoad(pages, round, targets, Date.now() + 60_000, confirmed);
      // Killed in the middle: after this round has confirmed writes of both kinds and some time has passed.
      const startedAt = Date.now();
      while (
        Date.now() - startedAt < 45_000 &&
        (Date.now() - startedAt < loadMs ||
          confirmed.ideas.length === before.ideas ||
          confirmed.measurements.length === before.measurements ||
          confirmed.statusReports.length === before.statusReports)
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await stopOwnServer(server, "SIGKILL");
      server = null;
      await load;
    }
    expect(confirmed.ideas.length, "ideas were written before the kills").toBeGreaterThan(0);
    expect(confirmed.measurements.length, "measurements were written before the kills").toBeGreaterThan(0);
    expect(confirmed.statusReports.length, "status reports were written before the kills").toBeGreaterThan(0);

    server = await startOwnServer(dataDir, port);
    checkDatabase(dataDir, confirmed);
    await pages.staff.goto("/ideas");
    await expect(pages.staff.getByRole("link", { name: confirmed.ideas.at(-1)! })).toBeVisible();
  } finally {
    if (server) await stopOwnServer(server, "SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
