import type { AppDatabase } from "./index";
import { migrateDatabase } from "./migrate";
import { isDatabaseEmpty } from "./seed";
import { demoPassword } from "./demo-data";
import { benchCounts, type BenchCounts } from "./bench-data/counts";
import { createRandom } from "./bench-data/random";
import type { BenchContext } from "./seed-bench-context";
import { seedBenchOrganisation } from "./seed-bench-organisation";
import { seedBenchInnovation, seedBenchZones } from "./seed-bench-zones";
import { seedBenchPortfolio } from "./seed-bench-portfolio";
import { seedBenchMeetings } from "./seed-bench-meetings";
import { recordAudit } from "../lib/audit";
import { hashPassword } from "../lib/password";

/** The fixed "today" the bench data is dated from, so that every build of it is the same. */
export const benchAnchorDay = "2026-11-23";
const benchSeed = 20_261_123;

export class BenchSeedRefused extends Error {}

export type BenchSeedOptions = { today?: string };

/**
 * Builds the large bench municipality (db:seed -- --bench) into an empty database: migrates, hashes the
 * demo password once, and inserts everything with prepared statements in a few transactions.
 */
export async function seedBench(db: AppDatabase, options: BenchSeedOptions = {}): Promise<BenchCounts> {
  migrateDatabase(db);
  if (!isDatabaseEmpty(db)) throw new BenchSeedRefused("Databasen har allerede data; bench-data indlæses kun i en tom database.");
  const counts = benchCounts;
  const passwordHash = await hashPassword(demoPassword);
  const context: BenchContext = { sql: db.$client, random: createRandom(benchSeed), today: options.today ?? benchAnchorDay, counts };
  const transaction = <T>(work: () => T): T => db.$client.transaction(work)();

  const people = transaction(() => seedBenchOrganisation(context, passwordHash));
  const zones = transaction(() => seedBenchZones(context, people));
  const { projects, gates } = transaction(() => seedBenchPortfolio(context, people, zones));
  transaction(() => seedBenchInnovation(context, people, zones, projects));
  transaction(() => seedBenchMeetings(context, people, projects, gates));
  db.transaction((tx) => recordAudit(tx, { action: "seed.bench", objectType: "database", changes: { ...counts, today: context.today } }));
  return counts;
}
