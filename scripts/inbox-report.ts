/**
 * Prints Mit overblik's inbox for a few people of the database in DATA_DIR, with the time each takes to compute.
 *
 *   DATA_DIR=<folder> npx tsx --conditions=react-server scripts/inbox-report.ts [e-mail …]  the four demo accounts
 *     (and any other people named by e-mail)
 *   DATA_DIR=<folder> npx tsx --conditions=react-server scripts/inbox-report.ts --bench   the busiest director,
 *     department head and staff member and an administrator of `npm run db:seed -- --bench`, counts and timings only
 *
 * (--conditions=react-server lets the read modules, which refuse to load in the browser, load outside Next.js.)
 */
import { sql } from "drizzle-orm";
import { getDb } from "../db";
import type { Role } from "../lib/codes";
import { inboxKindLabels, urgencyLabels } from "../lib/domain/inbox";
import { loadInbox } from "../lib/queries/inbox";
import { listChangesSince } from "../lib/queries/inbox-changes";

type Person = { id: number; role: Role; departmentId: number | null; name: string; email: string };

const db = getDb();
const person = (where: string) =>
  db.get<Person | undefined>(sql.raw(`select u.id, u.role, u.department_id as departmentId, u.name, u.email from users u where ${where} limit 1`));

const bench = process.argv.includes("--bench");
const people = (
  bench
    ? [
        person("role = 'director' order by (select count(*) from zones z where z.sponsor_id = u.id) desc"),
        person("role = 'department_head' order by (select count(*) from projects p where p.department_id = u.department_id) desc"),
        person("role = 'staff' order by (select count(*) from projects p where p.owner_id = u.id or p.lead_id = u.id) desc"),
        person("role = 'admin'"),
      ]
    : ["direktor@egeby.dk", "afdelingschef@egeby.dk", "medarbejder@egeby.dk", "admin@egeby.dk", ...process.argv.slice(2).filter((arg) => arg.includes("@"))].map(
        (email) => person(`email = '${email.replace(/'/g, "''")}'`),
      )
).filter((found): found is Person => found !== undefined);

/** Average CPU time of one run (user + system), which a busy machine does not inflate as it does wall time. */
function averageMs(run: () => unknown, times: number): number {
  run();
  const start = process.cpuUsage();
  for (let i = 0; i < times; i += 1) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / times;
}

const since = new Date(Date.now() - 14 * 86_400_000).toISOString();
for (const user of people) {
  const items = loadInbox(user);
  const inboxMs = averageMs(() => loadInbox(user), 20);
  const changesMs = averageMs(() => listChangesSince(user.id, since), 20);
  console.log(`\n## ${user.name} <${user.email}> (${user.role}): ${items.length} items; inbox ${inboxMs.toFixed(1)} ms, changes ${changesMs.toFixed(1)} ms (CPU)`);
  if (bench) continue;
  for (const item of items) {
    console.log(`- **${urgencyLabels[item.urgency]}** · ${inboxKindLabels[item.kind]}: ${item.title} — ${item.why()}${item.dueText ? ` (${item.dueText})` : ""} → \`${item.href}\``);
  }
}
