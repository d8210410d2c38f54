import autocannon from "autocannon";
import type { BenchMeasurement } from "./bench-report";

export const benchConnections = 10;
/** Fewer completed responses than this in the timed run means a page slower than the run is long. */
const minimumResponses = 10;
const slowPageRequests = 2 * benchConnections;

type Load = { seconds: number } | { requests: number };

function drive(url: string, headers: Record<string, string>, load: Load) {
  const latenciesMs: number[] = [];
  const options: autocannon.Options = {
    url,
    connections: benchConnections,
    headers,
    ...("seconds" in load ? { duration: load.seconds } : { amount: load.requests, timeout: 120 }),
  };
  return new Promise<{ result: autocannon.Result; latenciesMs: number[] }>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, latenciesMs })));
    instance.on("response", (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  });
}

/**
 * Fetches the page once (it must answer 200; its uncompressed body size is recorded), then drives it with
 * autocannon at 10 connections for `seconds`, recording every response time for exact percentiles. A page
 * too slow to answer 10 times in that window is driven for a fixed 20 requests instead, so that its row
 * still shows how slow it is rather than nothing.
 */
export async function measurePage(baseUrl: string, path: string, cookie: string | null, seconds: number): Promise<BenchMeasurement> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const probe = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
  const body = Buffer.from(await probe.arrayBuffer());
  const html = (probe.headers.get("content-type") ?? "").includes("text/html");
  if (probe.status !== 200) {
    return { path, requests: 0, seconds, latenciesMs: [], errors: 1, bytesPerResponse: body.length, html };
  }

  let run = await drive(`${baseUrl}${path}`, headers, { seconds });
  if (run.latenciesMs.length < minimumResponses) run = await drive(`${baseUrl}${path}`, headers, { requests: slowPageRequests });
  const { result, latenciesMs } = run;
  return {
    path,
    requests: result.requests.total,
    seconds: result.duration,
    latenciesMs,
    // autocannon counts a timeout in `errors` as well as in `timeouts`.
    errors: result.errors + result.non2xx,
    bytesPerResponse: body.length,
    html,
  };
}
