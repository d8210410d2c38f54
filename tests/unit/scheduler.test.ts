import { afterEach, describe, expect, it, vi } from "vitest";
import { scheduledJobs } from "@/lib/jobs/jobs";
import { logger } from "@/lib/log.mjs";
import { startScheduler, stopScheduler } from "@/lib/jobs/scheduler";

afterEach(() => stopScheduler());

describe("the in-process scheduler", () => {
  it("runs the mail delivery every minute, the digests every five minutes, the overdue notices hourly and looks for the nightly backup every ten minutes", () => {
    expect(scheduledJobs.map((job) => [job.name, job.pattern])).toEqual([
      ["mail-delivery", "* * * * *"],
      ["mail-digests", "*/5 * * * *"],
      ["overdue-notifications", "7 * * * *"],
      ["nightly-backup", "*/10 * * * *"],
    ]);
  });

  it("starts once per process, runs each job at start to catch up, and survives a failing run", async () => {
    const run = vi.fn();
    const failing = vi.fn(() => {
      throw new Error("database busy");
    });
    const errors = vi.spyOn(logger, "error").mockImplementation(() => {});
    const jobs = [
      { name: "a", pattern: "*/5 * * * *", run },
      { name: "b", pattern: "0 7 * * 1", run: failing },
    ];
    const crons = startScheduler(jobs);
    expect(startScheduler(jobs)).toBe(crons);
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith({ job: "b", err: expect.any(Error) }, "baggrundsjob fejlede"));
    expect(run.mock.calls[0][0]).toBeInstanceOf(Date);
    expect(crons[1].nextRun()?.getDay()).toBe(1);
    stopScheduler();
    expect(crons.every((cron) => cron.isStopped())).toBe(true);
    errors.mockRestore();
  });
});
