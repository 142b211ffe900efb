/**
 * Public reads come from the response cache (no SQL at all) until a write that could change them: a sync or a
 * membership load shows at once on the instance that wrote, and on another instance of the same database as
 * soon as PostgreSQL delivers the commit's notification.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { sqlCounter } from '../src/db/sqlCounter.js';
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
    const body = JSON.stringify({ query: operation('Region'), variables: { code: 'JZ06', on: '2024-06-01' } });
    const post = () => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const first = await post();
    const firstText = await first.text();
    const before = sqlCounter.count;
    const repeat = await post();
    expect(sqlCounter.count).toBe(before);
    expect(await repeat.text()).toBe(firstText);
    expect(repeat.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(repeat.headers.get('cache-control')).toMatch(/^max-age=\d+, public$/);
    expect(Number(repeat.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(repeat.headers.get('etag')).toBe(first.headers.get('etag'));
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

  it('drops what another instance cached when this one writes', async () => {
    const before = (await productCount(other)).count;
    expect(await productCount(other)).toMatchObject({ statements: 0, count: before });
    expect((await sync(api, '45C02')).data.syncLocalProducts.created).toBe(1);
    await expect.poll(async () => (await productCount(other)).count, { timeout: 2_000, interval: 20 }).toBe(before + 1);
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
