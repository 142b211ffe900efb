/** /metrics: scraped before and after known requests, the values move by what was done, and no label carries data. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { sqlCounter } from '../src/db/sqlCounter.js';
import { createDatabase, startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

/** The samples of a Prometheus text exposition: `name{a="x",b="y"}` -> value. */
function samples(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (match) map.set(`${match[1]}${match[2] ?? ''}`, Number(match[3]));
  }
  return map;
}

let api: TestApi;
const scrape = async () => {
  const response = await fetch(`${api.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
};
const product = (code: string, tariffCents: number | null) => ({ productCategory: '45', productCode: code, name: `Metriekproduct ${code}`,
  unit: 'HOUR', tariffCents, validFrom: '2026-03-01', mappings: [{ category: '45-BHI' }] });

beforeAll(async () => { api = await startApi('reference', { JWT_SECRET: TEST_SECRET, DB_POOL_SIZE: '7' }); });
afterAll(async () => { await api?.close(); });

describe('GET /metrics', () => {
  it('moves by the requests, errors, SQL statements and sync rows done between two scrapes', async () => {
    const before = samples(await scrape());
    const statementsBefore = sqlCounter.count;
    for (let i = 0; i < 3; i += 1) expect((await api.gql(operation('Provinces'))).data.provinces).toHaveLength(12);
    expect((await api.gql(operation('Region'), { code: 'JZ06', on: 'not-a-date' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const integrator = await bearer({ sub: 'metrics-test', roles: ['integrator'], regions: ['JZ11'] });
    const good = await api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [product('MA1', 9000), product('MA2', 9100)] }, integrator);
    expect(good.data.syncLocalProducts).toMatchObject({ applied: true, created: 2 });
    const bad = await api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [product('MB1', null), product('MB2', 9000)] }, integrator);
    expect(bad.data.syncLocalProducts).toMatchObject({ applied: false, errors: [{ index: 0, field: 'tariffCents' }] });
    const dry = await api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [product('MA1', 9000)], dryRun: true }, integrator);
    expect(dry.data.syncLocalProducts).toMatchObject({ applied: false, unchanged: 1 });
    expect((await api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [] })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const statements = sqlCounter.count - statementsBefore;

    const text = await scrape();
    const after = samples(text);
    const moved = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
    expect(moved('graphql_requests_total{operation="Provinces",type="query"}')).toBe(3);
    expect(moved('graphql_requests_total{operation="SyncLocalProducts",type="mutation"}')).toBe(4);
    expect(moved('graphql_request_duration_seconds_count{operation="Provinces",type="query"}')).toBe(3);
    expect(moved('graphql_request_errors_total{operation="Region",code="BAD_USER_INPUT"}')).toBe(1);
    expect(moved('graphql_request_errors_total{operation="SyncLocalProducts",code="UNAUTHENTICATED"}')).toBe(1);
    expect(moved('sync_rows_total{mutation="syncLocalProducts",outcome="created"}')).toBe(2);
    expect(moved('sync_rows_total{mutation="syncLocalProducts",outcome="rejected"}')).toBe(1);
    expect(moved('sync_batches_total{mutation="syncLocalProducts",outcome="applied"}')).toBe(1);
    expect(moved('sync_batches_total{mutation="syncLocalProducts",outcome="rejected"}')).toBe(1);
    expect(moved('sync_batches_total{mutation="syncLocalProducts",outcome="dry_run"}')).toBe(1);
    // The histogram of statements per request adds up to exactly what the requests sent.
    const sum = (op: string) => moved(`graphql_sql_statements_sum{operation="${op}"}`);
    expect(sum('Provinces') + sum('Region') + sum('SyncLocalProducts')).toBe(statements);
    // The first Provinces costs SQL; the two after it come from the response cache.
    expect(sum('Provinces')).toBeGreaterThanOrEqual(1);

    expect(after.get('db_pool_max{pool="write"}')).toBe(7);
    expect(after.get('db_pool_connections{pool="write"}')).toBeGreaterThanOrEqual(1);
    expect(after.get('db_pool_connections_in_use{pool="write"}')).toBe(0);
    expect(after.get('db_pool_waiting{pool="write"}')).toBe(0);
    expect(after.has('db_pool_max{pool="read"}')).toBe(false); // no DATABASE_READ_URL here
    expect(after.get('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(after.has('nodejs_eventloop_lag_seconds')).toBe(true);

    // No data in it: no region, product, name or subject, whatever the requests carried.
    for (const value of ['JZ11', 'JZ06', 'MA1', 'Metriekproduct', 'metrics-test', 'not-a-date']) expect(text).not.toContain(value);
  });

  it('needs no token and answers next to /healthz', async () => {
    const response = await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer not-a-token' } });
    expect(response.status).toBe(200);
  });
});

describe('METRICS_PORT', () => {
  it('moves /metrics to a port of its own, off the API port', async () => {
    const config = { ...loadConfig({ SEED: 'none', METRICS_PORT: '0' }), databaseUrl: await createDatabase(inject('serverUrl')) };
    const db = await openDatabase(config);
    const app = await createApp(db.orm, config);
    try {
      const listen = async (server: NonNullable<typeof app.metricsServer>) => {
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      };
      const apiUrl = await listen(app.server);
      const metricsUrl = await listen(app.metricsServer!);
      expect((await fetch(`${apiUrl}/metrics`)).status).toBe(404);
      const metrics = await fetch(`${metricsUrl}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('graphql_requests_total');
      expect((await fetch(`${metricsUrl}/graphql`, { method: 'POST' })).status).toBe(404);
    } finally {
      await app.drain();
      await db.close();
    }
  });
});
