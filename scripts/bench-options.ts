/** Command-line options of `npm run bench`. */
export type BenchOptions = {
  /** Seconds of load per page. */
  durationSeconds: number;
  /** Only the pages whose path (without its query) or full path equals this. */
  only: string | null;
};

export class BenchUsageError extends Error {}

export const defaultBenchDuration = 5;

/**
 * The saves run for three times a page's duration (15 s by default), so that their p95 rests on about 45 saves;
 * over 5 s, about 16 saves made it all but their slowest.
 */
export function savesSeconds(options: BenchOptions): number {
  return options.durationSeconds * 3;
}

export const benchUsage = `Brug: npm run bench -- [--duration <sekunder>] [--only <sti>]
  --duration  sekunders belastning pr. side (standard ${defaultBenchDuration}; målingerne gemmes i tre gange så lang tid)
  --only      kun sider med denne sti, fx /portfolio`;

/** Reads `--duration 5`, `--duration=5` and `--only /portfolio`; anything else is refused with a Danish message. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { durationSeconds: defaultBenchDuration, only: null };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split(/=(.*)/s, 2);
    const value = () => {
      const next = inline ?? argv[(index += 1)];
      if (next === undefined || next === "") throw new BenchUsageError(`${flag} mangler en værdi.\n${benchUsage}`);
      return next;
    };
    if (flag === "--duration") {
      const raw = value();
      const seconds = Number(raw);
      if (!Number.isInteger(seconds) || seconds < 1 || seconds > 120) {
        throw new BenchUsageError(`--duration skal være et helt antal sekunder mellem 1 og 120 (fik "${raw}").`);
      }
      options.durationSeconds = seconds;
    } else if (flag === "--only") {
      const path = value();
      if (!path.startsWith("/")) throw new BenchUsageError(`--only skal være en sti, der begynder med "/" (fik "${path}").`);
      options.only = path;
    } else {
      throw new BenchUsageError(`Ukendt argument "${argv[index]}".\n${benchUsage}`);
    }
  }
  return options;
}

/** Whether a page is selected by `--only`: the same full path, or the same path without its query. */
export function selectedByOnly(path: string, only: string | null): boolean {
  return only === null || path === only || path.split("?")[0] === only;
}
