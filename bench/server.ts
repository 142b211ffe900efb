/**
 * The API for a bench run, as production runs it: the compiled build (`npm run bench` builds first) with
 * `NODE_ENV=production` as in the image, in a process of its own, so the load generator does not share its event
 * loop, logging a JSON line per request (to a file), on a fresh database of its own, opened and seeded here, on
 * loopback: embedded, in a temporary folder, or with DATABASE_URL a new database on that server (as production runs
 * it: the image has no embedded PostgreSQL), dropped at the end.
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
import { createDatabase, dropDatabase } from '../tests/helpers/databases.js';
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

/** The compiled API in a process of its own, logging to `logFile`; resolves once `ready(origin)` holds. */
async function spawnApi(env: Record<string, string>, logFile: string, ready: (origin: string) => Promise<boolean>) {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const api = spawn(process.execPath, ['--import', projectPath('dist/src/observability/instrument.js'), projectPath('dist/src/main.js')], {
    // NODE_ENV as the image sets it: graphql-js skips its development checks (a tenth of a large batch's coercion)
    env: { ...process.env, NODE_ENV: 'production', ...env, HOST: '127.0.0.1', PORT: String(port), JWT_SECRET: BENCH_SECRET },
    stdio: ['ignore', log, log],
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = once(api, 'exit');
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!(await ready(origin).catch(() => false))) {
    if (api.exitCode !== null || Date.now() > deadline) {
      api.kill('SIGKILL');
      throw new Error(`the API did not start:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { origin, stop: async () => { api.kill('SIGTERM'); await exited; } };
}

const isReady = async (origin: string) => (await fetch(`${origin}/readyz`)).ok;

/** Answers GraphQL: what a user waits for after a start. */
const answers = async (origin: string) => (await fetch(`${origin}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}',
})).ok;

export async function startBenchServer(seed: SeedMode, label: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `jeugdzorg-bench-${label}-`));
  const logDir = mkdtempSync(path.join(tmpdir(), `jeugdzorg-bench-${label}-log-`));
  const logFile = path.join(logDir, 'api.log');
  const server = process.env.DATABASE_URL;
  const external = server ? await createDatabase(server, `bench_${label}`) : undefined;
  const config = { ...loadConfig({ ...process.env, SEED: seed, JWT_SECRET: BENCH_SECRET }), databaseUrl: external, dataDir };
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(logDir, { recursive: true, force: true });
    if (external) await dropDatabase(server!, external);
  };
  const db = await openDatabase(config).catch(async (error) => { await cleanUp(); throw error; });
  const databaseUrl = external ?? db.embedded!.url;
  const api = await spawnApi({ DATABASE_URL: databaseUrl, SEED: 'none' }, logFile, isReady)
    .catch(async (error) => { await db.close(); await cleanUp(); throw error; });
  return {
    config,
    db,
    /** Where the bench's own connections (the baseline, the loader) go: the API's database. */
    databaseUrl,
    url: `${api.origin}/graphql`,
    counters: async (): Promise<ApiCounters> => {
      const metrics = await (await fetch(`${api.origin}/metrics`)).text();
      return {
        statements: sumOf(metrics, 'graphql_sql_statements_sum'),
        requests: sumOf(metrics, 'graphql_sql_statements_count'),
        rssBytes: sumOf(metrics, 'process_resident_memory_bytes'),
      };
    },
    close: async () => {
      await api.stop();
      await db.close();
      await cleanUp();
    },
    /**
     * Stops the API and the database, then times a warm start as `npm start` does it (the compiled API starting
     * the embedded database in the existing data folder): milliseconds from spawning it to its first GraphQL answer.
     */
    closeTimingWarmStart: async (): Promise<number> => {
      await api.stop();
      await db.close();
      try {
        if (config.databaseUrl) throw new Error('a warm start is timed on the embedded database only (unset DATABASE_URL)');
        const t0 = performance.now();
        const warm = await spawnApi({ DATA_DIR: dataDir, SEED: seed }, logFile, answers);
        const ms = performance.now() - t0;
        await warm.stop();
        return ms;
      } finally {
        await cleanUp();
      }
    },
  };
}

export type BenchServer = Awaited<ReturnType<typeof startBenchServer>>;
