/**
 * The API for a bench run, as production runs it: the compiled build (`npm run bench` builds first) in a process
 * of its own, so the load generator does not share its event loop, logging a JSON line per request (to a file),
 * on a fresh embedded database of its own in a temporary folder, opened and seeded here, on loopback.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type SeedMode } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { projectPath } from '../src/projectRoot.js';
import { BENCH_SECRET } from './token.js';

const READY_WITHIN_MS = 30_000;

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  return port;
}

/** What the API's /metrics says now: SQL statements and GraphQL requests so far, and its resident memory. */
export interface ApiCounters { statements: number; requests: number; rssBytes: number }

const sumOf = (metrics: string, name: string) => metrics.split('\n')
  .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
  .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);

export async function startBenchServer(seed: SeedMode, label: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `jeugdzorg-bench-${label}-`));
  const logDir = mkdtempSync(path.join(tmpdir(), `jeugdzorg-bench-${label}-log-`));
  const config = { ...loadConfig({ ...process.env, SEED: seed, JWT_SECRET: BENCH_SECRET }), dataDir };
  const db = await openDatabase(config);
  const port = await freePort();
  const logFile = path.join(logDir, 'api.log');
  const log = openSync(logFile, 'a');
  const api = spawn(process.execPath, ['--import', projectPath('dist/src/observability/instrument.js'), projectPath('dist/src/main.js')], {
    env: { ...process.env, DATABASE_URL: config.databaseUrl ?? db.embedded!.url, SEED: 'none', HOST: '127.0.0.1', PORT: String(port), JWT_SECRET: BENCH_SECRET },
    stdio: ['ignore', log, log],
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = once(api, 'exit');
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!(await fetch(`${origin}/readyz`).then((r) => r.ok, () => false))) {
    if (api.exitCode !== null || Date.now() > deadline) {
      api.kill('SIGKILL');
      await db.close();
      throw new Error(`the API did not start:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    config,
    db,
    url: `${origin}/graphql`,
    counters: async (): Promise<ApiCounters> => {
      const metrics = await (await fetch(`${origin}/metrics`)).text();
      return {
        statements: sumOf(metrics, 'graphql_sql_statements_sum'),
        requests: sumOf(metrics, 'graphql_sql_statements_count'),
        rssBytes: sumOf(metrics, 'process_resident_memory_bytes'),
      };
    },
    close: async () => {
      api.kill('SIGTERM');
      await exited;
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}

export type BenchServer = Awaited<ReturnType<typeof startBenchServer>>;
