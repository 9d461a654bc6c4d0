/**
 * One load setting for every peer figure, ours, Redmine's and the bare route's: autocannon with 10
 * connections, a 2 s warm-up whose responses are discarded, then 10 s measured.
 */
import autocannon, { type Request } from 'autocannon';
import { percentile } from '../util';

export const CONNECTIONS = 10;
export const WARMUP_S = 2;
export const MEASURE_S = 10;

export type Load = { rps: number; p50: number; p95: number; p99: number; count: number; failed: number; statuses: Record<number, number> };

/**
 * `requests`: autocannon's per-connection sequence (setupRequest/onResponse for dynamic ones).
 * rps counts 2xx responses divided by `perUnit` (W1: the requests one directive takes), so a
 * sequence longer than the window (Redmine's 14 requests) still counts the work it did.
 */
export async function cannon(url: string, requests: Request[], opts: { headers?: Record<string, string>; perUnit?: number } = {}): Promise<Load> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  let failed = 0;
  let ok = 0;
  const run = autocannon({
    url,
    connections: CONNECTIONS,
    duration: MEASURE_S,
    warmup: { connections: CONNECTIONS, duration: WARMUP_S },
    timeout: 30,
    ...(opts.headers ? { headers: opts.headers } : {}),
    requests,
  });
  // Only the measured run emits on the main instance; the warm-up has its own tracker.
  run.on('response', (_client, status, _bytes, ms) => {
    times.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status < 200 || status >= 300) failed += 1;
    else ok += 1;
  });
  const result = await run;
  failed += result.errors + result.timeouts;
  return {
    rps: ok / (opts.perUnit ?? 1) / MEASURE_S,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    count: times.length,
    failed,
    statuses,
  };
}

/** Sequential single requests after `warm` unmeasured ones: per-request latency without queueing. */
export async function sequential(url: string, n: number, headers: Record<string, string> = {}, warm = 20): Promise<{ times: number[]; bytes: number; status: number }> {
  const times: number[] = [];
  let bytes = 0;
  let status = 0;
  for (let i = 0; i < n + warm; i += 1) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.arrayBuffer();
    status = res.status;
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i >= warm) times.push(performance.now() - t0);
    bytes = body.byteLength;
  }
  return { times, bytes, status };
}
