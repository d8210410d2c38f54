import type { AppDatabase } from "../db";
import { BenchSeedRefused, seedBench } from "../db/seed-bench";

/** db:seed -- --bench: builds the bench data and prints what it built and how long it took. */
export async function seedBenchCommand(db: AppDatabase, databaseFile: string): Promise<void> {
  const started = performance.now();
  try {
    const counts = await seedBench(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Bench-data er indlæst på ${seconds} s (${databaseFile}):`);
    console.log(`  ${counts.departments} afdelinger, ${counts.users} brugere, ${counts.projects} projekter med ${counts.statusReportsPerProject} statusrapporter hver,`);
    console.log(`  ${counts.benefits} gevinster med ${counts.measurements} målinger, ${counts.risks} risici, ${counts.involvements} inddragelser,`);
    console.log(`  ${counts.zones} udviklingsrum med ${counts.experiments} forsøg, ${counts.ideas} idéer, ${counts.learningsAndInspirations} erfaringer og inspirationer, ${counts.pastMeetings} afholdte møder.`);
  } catch (error) {
    if (error instanceof BenchSeedRefused) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
