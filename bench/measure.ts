/** Load generation for the bench: a fixed number of clients calling as fast as answers come, for a while. */
import { sqlCounter } from '../src/db/sqlCounter.js';

export interface Figures { requests: number; rps: number; p50: number; p95: number; p99: number; statements: number }

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Runs `call` from `clients` concurrent loops until `seconds` have passed (and at least `minRequests` answered),
 * so a slow operation at 16× scale does not take an hour while a fast one still gets thousands of samples.
 */
export async function measure(call: () => Promise<void>, clients: number, seconds: number, minRequests = 20): Promise<Figures> {
  const latencies: number[] = [];
  const statementsBefore = sqlCounter.count;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < deadline || latencies.length < minRequests) {
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statements: (sqlCounter.count - statementsBefore) / latencies.length,
  };
}
