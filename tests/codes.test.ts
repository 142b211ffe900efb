/** Every operation that takes a code accepts it in any odd-but-valid form: spaces, lower case, `GM`, missing zeros. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDate } from '../src/domain/codes.js';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { insertProducts } from './helpers/products.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  await insertProducts(api.db, [
    { region: 'JZ11', productCategory: '45', productCode: '45A01', name: 'Ambulante behandeling', unit: 'HOUR', tariffCents: 9500, validFrom: '2023-01-01', mappings: [['45-BHI', 'EQUIVALENT']] },
    { region: 'JZ11', productCategory: '45', productCode: '45X99', name: 'Maatwerk', unit: 'HOUR', tariffCents: 8000, validFrom: '2023-01-01' },
  ]);
});
afterAll(async () => { await api?.close(); });

const ON = '2025-06-01';

describe('codes in odd-but-valid forms', () => {
  it('municipality: 363, 0363, GM363, gm0363 and " GM0363 " all name Amsterdam', async () => {
    for (const code of ['363', '0363', 'GM363', 'gm0363', ' GM0363 ', 'gm363']) {
      const { data } = await api.gql(operation('Municipality'), { code, on: ON });
      expect(data.municipality?.code, code).toBe('GM0363');
    }
  });

  it('province and region: lower case and spaces', async () => {
    expect((await api.gql('{ province(code: " pv27 ") { code } }')).data.province).toEqual({ code: 'PV27' });
    const regions = await api.gql(operation('RegionsInProvince'), { province: 'pv24', on: ON });
    // Zeewolde (Flevoland) belongs to Noord-Veluwe since 2024, so Flevoland spans two regions.
    expect(regions.data.regions.map((r: { code: string }) => r.code)).toEqual(['JZ08', 'JZ12']);
    expect((await api.gql(operation('Region'), { code: ' jz11', on: ON })).data.region.code).toBe('JZ11');
  });

  it('category and GI: lower case', async () => {
    expect((await api.gql('{ category(code: "45-bhi") { code } }')).data.category).toEqual({ code: '45-BHI' });
    expect((await api.gql('{ certifiedInstitution(code: " djgb") { code } }')).data.certifiedInstitution).toEqual({ code: 'DJGB' });
  });

  it('translate, localProducts, compareRegions and unmappedProducts take 45-bhi, jz11 and 45a01', async () => {
    const translated = await api.gql(operation('Translate'), { region: 'jz11', productCategory: ' 45', productCode: '45a01', on: ON });
    expect(translated.data.translate).toMatchObject({ found: true, matches: [{ category: { code: '45-BHI' } }] });
    const listed = await api.gql(operation('LocalProductsForCategory'), { category: '45-bhi', regions: ['jz11'], on: ON });
    expect(listed.data.localProducts.edges.map((e: { node: { productCode: string } }) => e.node.productCode)).toEqual(['45A01']);
    const compared = await api.gql(operation('CompareRegions'), { category: ' 45-bhi ', regions: ['jz11'], on: ON });
    expect(compared.data.compareRegions).toMatchObject([{ region: { code: 'JZ11' }, productCount: 1 }]);
    const unmapped = await api.gql(operation('Unmapped'), { region: 'jz11 ', on: ON });
    expect(unmapped.data.unmappedProducts.map((p: { productCode: string }) => p.productCode)).toEqual(['45X99']);
  });

  it('writes: a token for jz11 syncs region Jz11 with codes and categories in lower case; the feed filters by jz11', async () => {
    const integrator = await bearer({ roles: ['integrator'], regions: ['jz11'] });
    const { data } = await api.gql(operation('SyncLocalProducts'), { region: 'Jz11', products: [
      { productCategory: '45', productCode: '45a02', name: 'Behandeling groep', unit: 'HOUR', tariffCents: 7000, validFrom: '2025-01-01', mappings: [{ category: '45-bhi' }] },
    ] }, integrator);
    expect(data.syncLocalProducts).toMatchObject({ applied: true, created: 1, errors: [] });
    const contracts = await api.gql(`mutation($contracts: [ContractInput!]!) { syncContracts(region: "jz11", contracts: $contracts, dryRun: true) { errors { code } created } }`,
      { contracts: [{ institution: ' djgb', validFrom: '2030-01-01', procurementModel: 'TENDER', financingForm: 'LUMPSUM', products: [{ productCategory: '45', productCode: '45a02' }] }] }, integrator);
    // DJGB's seeded contract with JZ11 is open-ended, so a dry run of a later one is refused for overlap, not for an unknown GI or product.
    expect(contracts.data.syncContracts.errors).toEqual([{ code: 'OVERLAPPING_PERIOD' }]);
    const feed = await api.gql('{ changes(region: "jz11") { totalCount } }', {}, integrator);
    expect(feed.data.changes.totalCount).toBe(1);
  });

  it('the monitor and availability: pv27, jz11, 45-bhi and a provider in lower case', async () => {
    const admin = await bearer({ roles: ['admin'] });
    const waiting = await api.gql(`{ waitingReported(province: " pv27", on: "2021-12-31") { total } }`);
    expect(waiting.data.waitingReported.total).toBeGreaterThan(0);
    const monitor = await api.gql(`{ protectionMonitor(regions: ["jz11 "], from: "2024-01-01", to: "2024-12-31") { region { code } } }`, {}, admin);
    expect(monitor.data.protectionMonitor).toEqual([{ region: { code: 'JZ11' } }]);
    const providers = await api.gql(`mutation { syncProviders(providers: [{ code: "kenter ", name: "Kenter", categories: ["45-bhi"], regions: ["jz11"] }]) { applied errors { code } } }`, {}, admin);
    expect(providers.data.syncProviders).toEqual({ applied: true, errors: [] });
    const report = await api.gql(`mutation { reportAvailability(provider: "Kenter", items: [{ category: "45-Bhi", region: " jz11", freePlaces: 2, waitingCount: 0 }]) { applied errors { code } } }`, {}, admin);
    expect(report.data.reportAvailability).toEqual({ applied: true, errors: [] });
    const room = await api.gql(`{ availability(category: "45-bhi", region: "Jz11") { provider { code } freePlaces } }`);
    expect(room.data.availability).toEqual([{ provider: { code: 'KENTER' }, freePlaces: 2 }]);
  });
});

describe('dates', () => {
  it('a date exists in the Gregorian calendar: leap years, month lengths, the form YYYY-MM-DD', () => {
    for (const date of ['2024-02-29', '2000-02-29', '2025-04-30', '2025-12-31', '0001-01-01']) expect(isDate(date), date).toBe(true);
    for (const date of ['2023-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01', '2025-01-01T00:00:00Z', ' 2025-01-01']) {
      expect(isDate(date), date).toBe(false);
    }
    expect(isDate(20250101)).toBe(false);
  });
});
