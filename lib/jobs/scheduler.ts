import "server-only";
import { Cron } from "croner";
import { digestTimeZone } from "@/lib/domain/digest-periods";
import { logger } from "@/lib/log.mjs";
import { scheduledJobs, type ScheduledJob } from "./jobs";

const globalForJobs = globalThis as unknown as { styrerumScheduler?: Cron[] };

/**
 * Starts the in-process scheduler once per process (instrumentation.ts calls it when the server starts). A run that
 * is still busy when its next tick comes is skipped (`protect`), and a failing run is logged, not fatal. Every job
 * also runs once right away, so what fell due while the server was down is caught up at start.
 */
export function startScheduler(jobs: readonly ScheduledJob[] = scheduledJobs): Cron[] {
  if (globalForJobs.styrerumScheduler) return globalForJobs.styrerumScheduler;
  const crons = jobs.map(
    (job) =>
      new Cron(
        job.pattern,
        {
          name: job.name,
          timezone: digestTimeZone,
          protect: true,
          // The timers alone never keep a process alive (a build, a script); the HTTP server does.
          unref: true,
          catch: (error) => logger.error({ job: job.name, err: error }, "baggrundsjob fejlede"),
        },
        async () => {
          await job.run(new Date());
        },
      ),
  );
  globalForJobs.styrerumScheduler = crons;
  for (const cron of crons) void cron.trigger();
  return crons;
}

/** Stops every job (for a clean shutdown). */
export function stopScheduler(): void {
  for (const cron of globalForJobs.styrerumScheduler ?? []) cron.stop();
  delete globalForJobs.styrerumScheduler;
}
