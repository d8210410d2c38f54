import autocannon from "autocannon";
import type { BenchMeasurement } from "./bench-report";

export const benchConnections = 10;

/**
 * Fetches the page once (it must answer 200; its uncompressed body size is recorded), then drives it with
 * autocannon at 10 connections for `seconds`, recording every response time for exact percentiles.
 */
export async function measurePage(baseUrl: string, path: string, cookie: string | null, seconds: number): Promise<BenchMeasurement> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const probe = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
  const body = Buffer.from(await probe.arrayBuffer());
  const html = (probe.headers.get("content-type") ?? "").includes("text/html");
  if (probe.status !== 200) {
    return { path, requests: 0, seconds, latenciesMs: [], errors: 1, bytesPerResponse: body.length, html };
  }

  const latenciesMs: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${baseUrl}${path}`, connections: benchConnections, duration: seconds, headers }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  });
  return {
    path,
    requests: result.requests.total,
    seconds: result.duration,
    latenciesMs,
    errors: result.errors + result.timeouts + result.non2xx,
    bytesPerResponse: body.length,
    html,
  };
}
