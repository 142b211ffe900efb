/**
 * Database faults, as an operator meets them: killed connections, a frozen server, a dead server. The API runs
 * on an embedded PostgreSQL of this file's own (so freezing and killing it disturbs no other test), with short
 * deadlines so a fault shows within seconds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedDatabase } from '../src/db/embedded.js';
import { startApi, type GraphQLResponse, type TestApi } from './helpers/api.js';
import { bearer } from './helpers/tokens.js';

const POOL = 6;
const dir = mkdtempSync(path.join(tmpdir(), 'jeugdzorg-faults-'));
let server: EmbeddedDatabase;
let api: TestApi;
let admin: pg.Client;
let integrator: Record<string, string>;
let gaveUp = '';

beforeAll(async () => {
  server = await startEmbedded(dir, { onGiveUp: (reason) => { gaveUp = reason; } });
  api = await startApi('reference', {
    JWT_SECRET: 'test-secret-of-at-least-thirty-two-bytes!', DB_POOL_SIZE: String(POOL),
    DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '1000',
  }, server.url);
  admin = new pg.Client({ connectionString: api.databaseUrl });
  admin.on('error', () => {}); // the last test kills the server under it
  await admin.connect();
  integrator = await bearer({ roles: ['integrator'], regions: ['JZ11', 'JZ24'] });
});

afterAll(async () => {
  await admin?.end();
  await api?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const SYNC = `mutation($region: ID!, $products: [LocalProductInput!]!) { syncLocalProducts(region: $region, products: $products) { applied created } }`;
const READ = `{ region(code: "JZ11") { name municipalities { code } } compareRegions(category: "45-BHI") { productCount } }`;
const RETRYABLE = ['SERVICE_UNAVAILABLE', 'TIMEOUT'];

/** 50 products whose codes say which batch they belong to: K + batch + index, five characters. */
const batchOf = (batch: number) => Array.from({ length: 50 }, (_, i) => ({
  productCategory: '45', productCode: `K${String(batch).padStart(2, '0')}${String(i).padStart(2, '0')}`, name: `Product ${i}`,
  unit: 'HOUR', tariffCents: 9000 + i, validFrom: '2025-01-01', mappings: [{ category: '45-BHI' }],
}));

const storedOfBatch = async (batch: number) => (await admin.query(
  `select count(*)::int as n from local_product where product_code like $1`, [`K${String(batch).padStart(2, '0')}%`])).rows[0].n as number;

/** A request during a fault either succeeds or fails retryably, and never shows internals. */
function expectSucceededOrRetryable(response: GraphQLResponse) {
  if (!response.errors) return true;
  for (const error of response.errors) {
    expect(RETRYABLE).toContain(error.extensions?.code);
    expect(error.extensions).toMatchObject({ retry: true });
  }
  expect(JSON.stringify(response)).not.toMatch(/terminat|pg_|select |at .*\.js|postgres/i);
  return false;
}

const terminateAll = async () => (await admin.query(
  `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)).rows[0].n as number;

/** The postmaster and every backend (each backend is a process group of its own, so a group signal would miss them). */
function freeze(signal: 'SIGSTOP' | 'SIGCONT') {
  const children = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).filter((pid) => {
    try {
      return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]) === server.pid;
    } catch {
      return false;
    }
  });
  for (const pid of [server.pid, ...children.map(Number)]) process.kill(pid, signal);
}

async function until<T>(probe: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${seconds}s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('killed connections', () => {
  it('twenty kills during batches and reads: every batch whole or absent, the pool whole again', async () => {
    let hits = 0;
    const outcomes: { batch: number; applied: boolean }[] = [];
    for (let round = 0; round < 20; round += 1) {
      const write = api.gql(SYNC, { region: 'JZ11', products: batchOf(round) }, integrator);
      const reads = Array.from({ length: 4 }, () => api.gql(READ));
      await new Promise((resolve) => setTimeout(resolve, 5 + (round % 5) * 8));
      hits += (await terminateAll()) > 0 ? 1 : 0;
      const written = await write;
      outcomes.push({ batch: round, applied: expectSucceededOrRetryable(written) });
      for (const read of await Promise.all(reads)) expectSucceededOrRetryable(read);
    }
    // The kills must have hit work in flight most of the time, or this test proves nothing.
    expect(hits).toBeGreaterThanOrEqual(15);

    for (const { batch, applied } of outcomes) expect(await storedOfBatch(batch)).toBe(applied ? 50 : 0);

    // Every pooled connection is usable again: POOL statements run at the same time, each on its own connection.
    const em = api.db.orm.em;
    const held = Promise.all(Array.from({ length: POOL }, () => em.fork().execute('select pg_sleep(0.8) as slept')));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const running = (await admin.query(`select count(*)::int as n from pg_stat_activity where query = 'select pg_sleep(0.8) as slept' and state = 'active'`)).rows[0].n;
    await held;
    expect(running).toBe(POOL);

    // And the API works: a failed batch sent again applies once, reads answer.
    const failed = outcomes.find((o) => !o.applied);
    if (failed) {
      const again = await api.gql(SYNC, { region: 'JZ11', products: batchOf(failed.batch) }, integrator);
      expect(again.data.syncLocalProducts).toEqual({ applied: true, created: 50 });
      expect(await storedOfBatch(failed.batch)).toBe(50);
    }
    expect((await api.gql(READ)).errors).toBeUndefined();
  });
});

describe('a frozen database', () => {
  it('fails requests within their deadline, answers /readyz 503 within a second, and serves again after it resumes', async () => {
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    freeze('SIGSTOP');
    let readMs = 0;
    let probeMs = 0;
    try {
      const started = Date.now();
      // With a token, so the answer is private and must come from the database, not from the response cache.
      const read = await api.gql(READ, undefined, integrator);
      readMs = Date.now() - started;
      expect(expectSucceededOrRetryable(read)).toBe(false);
      // statement deadline 1 s + the client's 2 s grace, or the 1 s acquire deadline: never the freeze's length
      expect(readMs).toBeLessThan(4_500);

      const write = await api.gql(SYNC, { region: 'JZ11', products: batchOf(90) }, integrator);
      expect(expectSucceededOrRetryable(write)).toBe(false);

      const probeStarted = Date.now();
      const ready = await fetch(`${api.url}/readyz`);
      probeMs = Date.now() - probeStarted;
      expect(ready.status).toBe(503);
      expect(probeMs).toBeLessThan(1_000);
    } finally {
      freeze('SIGCONT');
    }
    const resumed = Date.now();
    await until(async () => ((await api.gql(READ)).errors ? undefined : true), 10);
    console.info(`frozen database: read failed after ${readMs} ms, /readyz 503 after ${probeMs} ms; serving again ${Date.now() - resumed} ms after it resumed`);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect(await storedOfBatch(90)).toBe(0);
  });
});

describe('a dead database', () => {
  it('is started again by the supervisor, and the API serves again without a restart', async () => {
    const before = server.pid;
    const killed = Date.now();
    process.kill(before, 'SIGKILL');
    const failed = await api.gql(READ);
    expectSucceededOrRetryable(failed);
    await until(async () => (server.pid !== before && !(await api.gql(READ)).errors ? true : undefined), 20);
    console.info(`dead database: serving again ${Date.now() - killed} ms after PostgreSQL was killed`);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect(gaveUp).toBe('');
    const write = await api.gql(SYNC, { region: 'JZ11', products: batchOf(91) }, integrator);
    expect(write.data.syncLocalProducts).toEqual({ applied: true, created: 50 });
  });
});
