/**
 * Load generation for the bench. HTTP with autocannon (its own connections, from this process, while the API
 * runs in its own); the raw-SQL baseline with `clients` concurrent loops on a pg pool. Both report req/s and
 * p50/p95/p99 latency from every request's own time.
 */
import autocannon from 'autocannon';
import type { ApiCounters } from './server.js';

export interface Figures { requests: number; rps: number; p50: number; p95: number; p99: number; statements: number }

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function figures(latencies: number[], seconds: number, statements: number): Figures {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statements,
  };
}

export interface HttpLoad {
  url: string;
  body: string;
  headers?: Record<string, string>;
  clients: number;
  /** For this long, or for `amount` requests. */
  seconds?: number;
  amount?: number;
  /** The API's counters, for its SQL statements per request. */
  counters: () => Promise<ApiCounters>;
}

/** POSTs the body from `clients` connections, each sending its next request as soon as its answer came. */
export async function measureHttp({ url, body, headers = {}, clients, seconds, amount, counters }: HttpLoad): Promise<Figures> {
  const before = await counters();
  const latencies: number[] = [];
  // The window from the first request's sending to the last answer (autocannon itself ends on whole seconds).
  let first = Infinity;
  let last = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({
      url, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers },
      connections: clients, ...(amount ? { amount } : { duration: seconds }),
    }, (error, done) => (error ? reject(error) : resolve(done)));
    run.on('response', (_client, _status, _bytes, responseTime) => {
      const now = performance.now();
      first = Math.min(first, now - responseTime);
      last = now;
      latencies.push(responseTime);
    });
  });
  const elapsed = (last - first) / 1000;
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${result.non2xx} answers not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  const after = await counters();
  return figures(latencies, elapsed, (after.statements - before.statements) / Math.max(1, after.requests - before.requests));
}

/**
 * Runs `call` from `clients` concurrent loops until `seconds` have passed (and at least `minRequests` answered),
 * so a slow statement at 16× scale does not take an hour while a fast one still gets thousands of samples.
 */
export async function measureCalls(call: () => Promise<void>, clients: number, seconds: number, minRequests = 20): Promise<Figures> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < deadline || latencies.length < minRequests) {
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  }));
  return figures(latencies, (performance.now() - started) / 1000, 1);
}
