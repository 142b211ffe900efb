/** Providers (syncProviders), their reports (reportAvailability) and availability: who has room for a category in a region. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const SYNC = operation('SyncProviders');
const REPORT = operation('ReportAvailability');
const AVAILABILITY = operation('Availability');

const PROVIDERS = [
  { code: 'ZORGA', name: 'Zorg A', agbCode: '12345678', categories: ['45-BHI', '46'], regions: ['JZ11', 'jz10'] },
  { code: 'ZORGB', name: 'Zorg B', categories: ['45'], regions: ['JZ11'] },
  { code: 'ZORGC', name: 'Zorg C', categories: ['45-BGI'], regions: ['JZ24'] },
];
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

let api: TestApi;
let admin: Record<string, string>;
let zorgA: Record<string, string>;
let zorgB: Record<string, string>;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  admin = await bearer({ sub: 'admin', roles: ['admin'] });
  zorgA = await bearer({ sub: 'zorg-a', roles: ['integrator'], provider: 'ZORGA' });
  zorgB = await bearer({ sub: 'zorg-b', roles: ['integrator'], provider: 'zorgb' });
});
afterAll(async () => { await api?.close(); });

const providerCount = async () => (await api.db.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from provider'))[0].n;

describe('syncProviders', () => {
  it('reports every bad row and writes nothing', async () => {
    const before = await providerCount();
    const { data } = await api.gql(SYNC, { providers: [
      PROVIDERS[0],
      { code: 'BAD1', name: '', agbCode: '1234', categories: [], regions: [] },
      { code: 'BAD2', name: 'Zelfde AGB', agbCode: '12345678', categories: ['45-XXX'], regions: ['JZ99'] }, // AGB code of row 0
      { ...PROVIDERS[0] },
    ] }, admin);
    expect(data.syncProviders.applied).toBe(false);
    expect(data.syncProviders.errors.map((e: any) => [e.index, e.field, e.code])).toEqual([
      [1, 'name', 'NAME_EMPTY'], [1, 'agbCode', 'AGB_CODE_INVALID'], [2, 'categories', 'UNKNOWN_CATEGORY'], [2, 'regions', 'UNKNOWN_REGION'],
      [2, 'agbCode', 'AGB_CODE_TAKEN'], [3, 'code', 'DUPLICATE_KEY'],
    ]);
    expect(await providerCount()).toBe(before);
  });

  it('creates providers once, then counts them unchanged; only a provider itself or an admin may', async () => {
    const before = await providerCount();
    expect((await api.gql(SYNC, { providers: PROVIDERS }, admin)).data.syncProviders).toEqual({ applied: true, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect((await api.gql(SYNC, { providers: PROVIDERS }, admin)).data.syncProviders).toEqual({ applied: true, created: 0, updated: 0, unchanged: 3, errors: [] });
    expect(await providerCount()).toBe(before + 3);
    expect((await api.gql(SYNC, { providers: PROVIDERS }, zorgA)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const renamed = { ...PROVIDERS[0], name: 'Zorg A Jeugd' };
    expect((await api.gql(SYNC, { providers: [renamed] }, zorgA)).data.syncProviders).toEqual({ applied: true, created: 0, updated: 1, unchanged: 0, errors: [] });
    // read back by AGB code, with what it serves
    const read = await api.gql('{ provider(code: "12345678") { code name agbCode categories { code } regions { code } } }');
    expect(read.data.provider).toEqual({
      code: 'ZORGA', name: 'Zorg A Jeugd', agbCode: '12345678', categories: [{ code: '45-BHI' }, { code: '46' }], regions: [{ code: 'JZ10' }, { code: 'JZ11' }],
    });
    expect((await api.gql('{ provider(code: "NOPE") { code } }')).data.provider).toBeNull();
  });
});

describe('reportAvailability and availability', () => {
  it('takes a provider\'s reports for what it serves, refusing other categories, regions and providers', async () => {
    const bad = await api.gql(REPORT, { provider: 'ZORGA', items: [
      { category: '45-BGI', region: 'JZ11', freePlaces: 1, waitingCount: 0 },
      { category: '45-BHI', region: 'JZ24', freePlaces: 1, waitingCount: 0 },
      { category: '45-BHI', region: 'JZ11', freePlaces: -1, waitingCount: 0 },
    ] }, zorgA);
    expect(bad.data.reportAvailability.errors.map((e: any) => [e.index, e.field, e.code])).toEqual([
      [0, 'category', 'CATEGORY_NOT_SERVED'], [1, 'region', 'REGION_NOT_SERVED'], [2, 'freePlaces', 'COUNT_NEGATIVE'],
    ]);
    expect((await api.gql(REPORT, { provider: 'ZORGB', items: [] }, zorgA)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const a = await api.gql(REPORT, { provider: 'ZORGA', items: [
      { category: '45-BHI', region: 'JZ11', freePlaces: 2, waitingCount: 5, expectedWaitDays: 20 },
      { category: '46-AMB', region: 'JZ11', freePlaces: 0, waitingCount: 1 }, // beneath 46, which ZORGA serves
    ] }, zorgA);
    expect(a.data.reportAvailability).toEqual({ applied: true, errors: [] });
    const b = await api.gql(REPORT, { provider: 'ZORGB', items: [
      { category: '45-BGI', region: 'JZ11', freePlaces: 5, waitingCount: 0, expectedWaitDays: 0 },
      { category: '45-BHI', region: 'JZ11', freePlaces: 1, waitingCount: 3 },
    ] }, zorgB);
    expect(b.data.reportAvailability).toEqual({ applied: true, errors: [] });
  });

  it('lists the latest report per provider for a category and those beneath it, most free places first', async () => {
    await api.db.orm.em.fork().execute(
      `insert into availability_report (provider_code, category_code, region_code, reported_on, free_places, waiting_count, expected_wait_days, reported_by)
       values ('ZORGA', '45-BHI', 'JZ11', '2021-01-01', 9, 0, 0, 'test')`);
    const now = await api.gql(AVAILABILITY, { category: '45', region: 'jz11' });
    expect(now.errors).toBeUndefined();
    expect(now.data.availability).toEqual([
      { provider: { code: 'ZORGB', name: 'Zorg B' }, category: { code: '45-BGI' }, freePlaces: 5, waitingCount: 0, expectedWaitDays: 0, reportedOn: today },
      { provider: { code: 'ZORGA', name: 'Zorg A Jeugd' }, category: { code: '45-BHI' }, freePlaces: 2, waitingCount: 5, expectedWaitDays: 20, reportedOn: today },
      { provider: { code: 'ZORGB', name: 'Zorg B' }, category: { code: '45-BHI' }, freePlaces: 1, waitingCount: 3, expectedWaitDays: null, reportedOn: today },
    ]);
    const back = await api.gql(AVAILABILITY, { category: '45-BHI', region: 'JZ11', on: '2022-01-01' });
    expect(back.data.availability).toEqual([
      { provider: { code: 'ZORGA', name: 'Zorg A Jeugd' }, category: { code: '45-BHI' }, freePlaces: 9, waitingCount: 0, expectedWaitDays: 0, reportedOn: '2021-01-01' },
    ]);
    expect((await api.gql(AVAILABILITY, { category: '45', region: 'JZ24' })).data.availability).toEqual([]);
    expect((await api.gql(AVAILABILITY, { category: '99-XX', region: 'JZ11' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
