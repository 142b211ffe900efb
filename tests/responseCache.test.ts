/**
 * Public reads come from the response cache (no SQL at all) until a write that could change them: a sync or a
 * membership load shows at once on the instance that wrote, and on another instance of the same database as
 * soon as PostgreSQL delivers the commit's notification.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { sqlCounter } from '../src/db/sqlCounter.js';
import { LISTENER_NAME } from '../src/http/responseCache.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const shipped = JSON.parse(readFileSync(new URL('../data/reference/jeugdregios.json', import.meta.url), 'utf8'));
const LOAD = `mutation($data: JSON!) { loadRegionMembership(data: $data) { applied errors { code } } }`;
const COMPARE = { category: '45-BHI', regions: ['JZ11'], on: '2025-06-01' };

let api: TestApi;
let other: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  other = await startApi('reference', { JWT_SECRET: TEST_SECRET, DATABASE_URL: api.databaseUrl });
  admin = await bearer({ roles: ['admin'] });
});
afterAll(async () => { await other?.close(); await api?.close(); });

const sync = (target: TestApi, code: string) => target.gql(operation('SyncLocalProducts'), {
  region: 'JZ11', products: [{ productCategory: '45', productCode: code, name: 'Behandeling', unit: 'HOUR', tariffCents: 9000, validFrom: '2025-01-01', mappings: [{ category: '45-BHI' }] }],
}, admin);
const productCount = async (target: TestApi) => {
  const { statements, response } = await target.countStatements(operation('CompareRegions'), COMPARE);
  return { statements, count: response.data.compareRegions[0].productCount };
};

describe('response cache', () => {
  it('answers a repeated public read without SQL, and shows a sync at once', async () => {
    expect(await productCount(api)).toMatchObject({ count: 0 });
    expect(await productCount(api)).toEqual({ statements: 0, count: 0 });
    expect((await sync(api, '45C01')).data.syncLocalProducts.created).toBe(1);
    expect((await productCount(api)).count).toBe(1);
  });

  it('answers a repeat with the same bytes, its age and its validator', async () => {
    const post = (code: string) => fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: operation('Region'), variables: { code, on: '2024-06-01' } }),
    });
    const statementsOf = async (code: string) => {
      const before = sqlCounter.count;
      const response = await post(code);
      return { response, text: await response.text(), statements: sqlCounter.count - before };
    };
    // On a machine loaded by the whole suite the cache may be between listeners, when it rightly serves nothing: wait
    // until it serves another question from memory.
    await expect.poll(async () => (await statementsOf('JZ07')).statements, { timeout: 10_000, interval: 50 }).toBe(0);

    const first = await statementsOf('JZ06');
    const repeat = await statementsOf('JZ06');
    expect(first.statements).toBeGreaterThan(0);
    expect(repeat.statements).toBe(0);
    expect(repeat.text).toBe(first.text);
    expect(repeat.response.headers.get('cache-control')).toBe(first.response.headers.get('cache-control'));
    expect(repeat.response.headers.get('cache-control')).toMatch(/^max-age=\d+, public$/);
    expect(Number(repeat.response.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(repeat.response.headers.get('etag')).toBe(first.response.headers.get('etag'));
  });

  it('keeps each question apart: other variables, GET and POST, and answers with errors are never mixed up or kept', async () => {
    const members = async (code: string) => (await api.gql(operation('Region'), { code, on: '2024-06-01' })).data.region.municipalities.map((m: { code: string }) => m.code);
    // Zandvoort (GM0473) is in Zuid-Kennemerland (JZ11) in 2024, Alkmaar (GM0361) in Noord-Kennemerland (JZ06).
    for (let i = 0; i < 2; i += 1) {
      expect(await members('JZ11')).toContain('GM0473');
      expect(await members('JZ06')).toContain('GM0361');
      expect(await members('JZ06')).not.toContain('GM0473');
    }
    const search = new URLSearchParams({ query: operation('Region'), variables: JSON.stringify({ code: 'JZ11', on: '2024-06-01' }) });
    const get = async () => {
      const before = sqlCounter.count;
      const response = await fetch(`${api.url}/graphql?${search}`, { headers: { accept: 'application/json' } });
      return { statements: sqlCounter.count - before, codes: (await response.json()).data.region.municipalities.map((m: { code: string }) => m.code) };
    };
    expect((await get()).codes).toContain('GM0473');
    expect(await get()).toMatchObject({ statements: 0 });
    // An unknown category is NOT_FOUND after a lookup in the database: asked again, it is looked up again.
    const unknown = { ...COMPARE, category: '99-XXX' };
    expect((await api.countStatements(operation('CompareRegions'), unknown)).response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const again = await api.countStatements(operation('CompareRegions'), unknown);
    expect(again.response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(again.statements).toBeGreaterThan(0);
  });

  it('never serves a request with a token from the cache', async () => {
    await productCount(api);
    const headers = await bearer({ roles: ['analyst'] });
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: operation('CompareRegions'), variables: COMPARE }) });
    expect(response.headers.get('cache-control')).not.toContain('public');
  });

  it('keeps every answer when a mutation writes nothing: refused, a dry run, bad rows, nothing changed, years already loaded', async () => {
    expect((await sync(api, '45C03')).data.syncLocalProducts.created).toBe(1);
    // Both instances have heard that write and cache again.
    for (const target of [api, other]) await expect.poll(async () => (await productCount(target)).statements, { timeout: 2_000, interval: 20 }).toBe(0);
    // What PostgreSQL delivers on the channel the instances listen on, and on one of the test's own, in commit order.
    const listener = new pg.Client({ connectionString: api.databaseUrl });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (notice) => heard.push(notice.channel));
    await listener.query('listen jeugdzorg_writes; listen test_sentinel');
    try {
      const row = { productCategory: '45', productCode: '45C03', name: 'Behandeling', unit: 'HOUR', tariffCents: 9000, validFrom: '2025-01-01', mappings: [{ category: '45-BHI' }] };
      const attempts = [
        () => api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [row] }),
        () => api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [{ ...row, productCode: '45C04' }], dryRun: true }, admin),
        () => api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [{ ...row, productCode: '45C05', tariffCents: -1 }] }, admin),
        () => api.gql(operation('SyncLocalProducts'), { region: 'JZ11', products: [row] }, admin),
        () => api.gql(LOAD, { data: shipped }, admin),
      ];
      const answers = [];
      for (const attempt of attempts) {
        answers.push(await attempt());
        expect(await productCount(api), `after answer ${answers.length}`).toMatchObject({ statements: 0 });
      }
      expect(answers.map((a) => a.errors?.[0].extensions?.code ?? a.data)).toEqual([
        'UNAUTHENTICATED',
        { syncLocalProducts: { applied: false, created: 1, updated: 0, unchanged: 0, errors: [] } },
        { syncLocalProducts: { applied: false, created: 0, updated: 0, unchanged: 0, errors: [{ index: 0, field: 'tariffCents', code: 'TARIFF_NEGATIVE', message: 'tariffCents -1 is negative' }] } },
        { syncLocalProducts: { applied: true, created: 0, updated: 0, unchanged: 1, errors: [] } },
        { loadRegionMembership: { applied: true, errors: [] } },
      ]);
      // A notice of our own, on a channel the instances do not hear, comes after any the attempts sent: once it is
      // heard, nothing else was.
      await listener.query('notify test_sentinel');
      await expect.poll(() => heard.includes('test_sentinel'), { timeout: 2_000, interval: 10 }).toBe(true);
      expect(heard).toEqual(['test_sentinel']);
    } finally {
      await listener.end();
    }
  });

  it('never keeps or serves the answer to a gateway asking for its resolver trace', async () => {
    const body = JSON.stringify({ query: operation('Region'), variables: { code: 'JZ24', on: '2024-06-01' } });
    const ask = async (headers: Record<string, string> = {}) => {
      const before = sqlCounter.count;
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const json = await response.json();
      return { statements: sqlCounter.count - before, traced: json.extensions?.ftv1 !== undefined };
    };
    const gateway = { 'apollo-federation-include-trace': 'ftv1' };
    expect(await ask(gateway)).toMatchObject({ traced: true });
    const plain = await ask();
    expect(plain.traced).toBe(false);
    expect(plain.statements).toBeGreaterThan(0);
    expect(await ask()).toEqual({ statements: 0, traced: false });
    const again = await ask(gateway);
    expect(again.traced).toBe(true);
    expect(again.statements).toBeGreaterThan(0);
  });

  it('does not carry an answer about today past midnight in Amsterdam', async () => {
    const query = '{ region(code: "JZ07") { municipalities { code } } }';
    // Only Date is faked: the server runs in this process, and its "today" is what Date.now() says.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-12-31T22:59:57Z') });
    try {
      await api.gql(query);
      expect((await api.countStatements(query)).statements).toBe(0);
      vi.setSystemTime(new Date('2025-12-31T23:00:01Z')); // 1 January 2026, 00:00:01 in Amsterdam
      expect((await api.countStatements(query)).statements).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops what another instance cached when this one writes', async () => {
    const before = (await productCount(other)).count;
    expect(await productCount(other)).toMatchObject({ statements: 0, count: before });
    expect((await sync(api, '45C02')).data.syncLocalProducts.created).toBe(1);
    await expect.poll(async () => (await productCount(other)).count, { timeout: 2_000, interval: 20 }).toBe(before + 1);
  });

  it('drops what it cached when another instance starts, as a new release may seed other reference data', async () => {
    await productCount(other);
    expect(await productCount(other)).toMatchObject({ statements: 0 });
    const starting = await startApi('reference', { DATABASE_URL: api.databaseUrl });
    await starting.close();
    await expect.poll(async () => (await productCount(other)).statements, { timeout: 2_000, interval: 20 }).toBeGreaterThan(0);
  });

  it('serves nothing from the cache while it cannot hear writes, and caches again once it hears them', async () => {
    await productCount(api);
    expect(await productCount(api)).toMatchObject({ statements: 0 });
    const admin = new pg.Client({ connectionString: api.databaseUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and datname = current_database()', [LISTENER_NAME]);
      expect(rowCount).toBe(2); // this instance's listener and the other's
    } finally {
      await admin.end();
    }
    await expect.poll(async () => (await productCount(api)).statements, { timeout: 2_000, interval: 10 }).toBeGreaterThan(0);
    await expect.poll(async () => (await productCount(api)).statements, { timeout: 5_000, interval: 50 }).toBe(0);
  });

  it('shows a membership load at once', async () => {
    const members = async () => (await api.gql(operation('Region'), { code: 'JZ10', on: '2026-06-01' })).data.region.municipalities.map((m: { code: string }) => m.code);
    expect(await members()).not.toContain('GM0473');
    expect(await members()).not.toContain('GM0473');
    const regions = structuredClone(shipped.years['2025'].regions) as { code: string; municipalities: { code: string }[] }[];
    const zk = regions.find((r) => r.code === 'JZ11')!;
    const zandvoort = zk.municipalities.find((m) => m.code === 'GM0473')!;
    zk.municipalities = zk.municipalities.filter((m) => m !== zandvoort);
    regions.find((r) => r.code === 'JZ10')!.municipalities.push(zandvoort);
    const data = { years: { '2025': shipped.years['2025'], '2026': { regions } },
      regionMembershipChanges: [{ on: '2026-01-01', code: 'GM0473', fromRegion: 'JZ11', toRegion: 'JZ10' }] };
    const { data: loaded, errors } = await api.gql(LOAD, { data }, admin);
    expect(errors).toBeUndefined();
    expect(loaded.loadRegionMembership).toEqual({ applied: true, errors: [] });
    expect(await members()).toContain('GM0473');
  });
});
