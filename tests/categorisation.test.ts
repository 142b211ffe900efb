/**
 * The contract's categorisation operations on products written by the test, so every expected figure is
 * worked out by hand below. Database seeded with reference data only (no demo products).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { insertProducts, type ProductFixture } from './helpers/products.js';

const ON = '2025-06-01';
const bhi = (code: string, unit: string, tariffCents: number | null, region = 'JZ24'): ProductFixture =>
  ({ region, productCategory: '45', productCode: code, name: `Behandeling ${code}`, unit, tariffCents, validFrom: '2023-01-01', mappings: [['45-BHI', 'EQUIVALENT']] });

const PRODUCTS: ProductFixture[] = [
  // Zuid-Kennemerland (JZ11): hours, minutes and dagdelen mixed.
  { ...bhi('45A01', 'HOUR', 9501, 'JZ11'), name: 'Ambulante behandeling' },
  bhi('45A02', 'MINUTE', 151, 'JZ11'), //   151 × 60 = 9060 per hour
  bhi('45A03', 'DAYPART', 30002, 'JZ11'), // 30002 ÷ 4 = 7500.5, half up: 7501 per hour
  { ...bhi('45A04', 'HOUR', 9000, 'JZ11'), validTo: '2025-01-01' },
  { ...bhi('45A04', 'HOUR', 9900, 'JZ11'), validFrom: '2025-01-01' },
  { ...bhi('45B01', 'HOUR', 6500, 'JZ11'), name: 'Ambulante begeleiding', mappings: [['45-BGI', 'EQUIVALENT']] },
  { ...bhi('45X99', 'HOUR', 8000, 'JZ11'), name: 'Maatwerk ambulant', mappings: [] },
  // Haaglanden (JZ24): a budget product and one mapped onto two categories.
  bhi('45001', 'HOUR', 10000),
  bhi('45002', 'DAYPART', 36000), // 9000 per hour
  bhi('45003', 'EURO', null),
  { ...bhi('45004', 'HOUR', 8800), mappings: [['45-BHI', 'EQUIVALENT'], ['54-SPC', 'RELATED']] },
];

let api: TestApi;
beforeAll(async () => {
  api = await startApi('reference');
  await insertProducts(api.db, PRODUCTS);
});
afterAll(async () => { await api?.close(); });

describe('Categories', () => {
  it('returns the two-level tree with parents and children', async () => {
    const { data } = await api.gql(operation('Categories'));
    const byCode = new Map(data.categories.map((c: { code: string }) => [c.code, c]));
    expect(byCode.get('45')).toEqual({
      code: '45', name: 'Jeugdhulp ambulant', level: 1, intensity: null, parent: null,
      children: ['45-BGG', '45-BGI', '45-BHI', '45-DIA', '45-DYS', '45-IAG'].map((code) => ({ code })),
    });
    expect(byCode.get('45-BHI')).toEqual({ code: '45-BHI', name: 'Ambulante behandeling', level: 2, intensity: 2, parent: { code: '45' }, children: [] });
    expect(data.categories.filter((c: { level: number }) => c.level === 1)).toHaveLength(16);
  });
});

describe('Translate', () => {
  it('finds a local product and the shared category it maps onto', async () => {
    const { data } = await api.gql(operation('Translate'), { region: 'JZ11', productCategory: '45', productCode: '45A01', on: ON });
    expect(data.translate).toEqual({
      found: true,
      localProduct: { productCategory: '45', productCode: '45A01', name: 'Ambulante behandeling', unit: 'HOUR', tariffCents: 9501, validFrom: '2023-01-01', validTo: null },
      matches: [{ relationship: 'EQUIVALENT', category: { code: '45-BHI', name: 'Ambulante behandeling', level: 2 } }],
    });
  });

  it('picks the version valid on the date', async () => {
    const old = await api.gql(operation('Translate'), { region: 'JZ11', productCategory: '45', productCode: '45A04', on: '2024-12-31' });
    const current = await api.gql(operation('Translate'), { region: 'JZ11', productCategory: '45', productCode: '45A04', on: '2025-01-01' });
    expect(old.data.translate.localProduct).toMatchObject({ tariffCents: 9000, validTo: '2025-01-01' });
    expect(current.data.translate.localProduct).toMatchObject({ tariffCents: 9900, validFrom: '2025-01-01', validTo: null });
  });

  it('says found: false for a code the region does not have, and found with no matches when unmapped', async () => {
    const missing = await api.gql(operation('Translate'), { region: 'JZ11', productCategory: '45', productCode: '45Z00', on: ON });
    expect(missing.data.translate).toEqual({ found: false, localProduct: null, matches: [] });
    const unmapped = await api.gql(operation('Translate'), { region: 'JZ11', productCategory: '45', productCode: '45X99', on: ON });
    expect(unmapped.data.translate.found).toBe(true);
    expect(unmapped.data.translate.matches).toEqual([]);
  });

  it('rejects an unknown region with NOT_FOUND and a malformed category with BAD_USER_INPUT', async () => {
    const region = await api.gql(operation('Translate'), { region: 'JZ99', productCategory: '45', productCode: '45A01' });
    expect(region.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const category = await api.gql(operation('Translate'), { region: 'JZ11', productCategory: '4', productCode: '45A01' });
    expect(category.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(category.errors?.[0].message).toContain('two digits');
  });
});

describe('LocalProductsForCategory', () => {
  it('looks up across regions: every product mapped onto 45-BHI, sorted by region then code', async () => {
    const { data } = await api.gql(operation('LocalProductsForCategory'), { category: '45-BHI', regions: ['JZ11', 'JZ24'], on: ON });
    expect(data.localProducts.totalCount).toBe(8);
    expect(data.localProducts.edges.map((e: { node: { region: { code: string }; productCode: string } }) => `${e.node.region.code}/${e.node.productCode}`))
      .toEqual(['JZ11/45A01', 'JZ11/45A02', 'JZ11/45A03', 'JZ11/45A04', 'JZ24/45001', 'JZ24/45002', 'JZ24/45003', 'JZ24/45004']);
    expect(data.localProducts.pageInfo.hasNextPage).toBe(false);
  });

  it('includes products mapped beneath a level-1 category, and finds a second mapping', async () => {
    const level1 = await api.gql(operation('LocalProductsForCategory'), { category: '45', regions: ['JZ11'], on: ON });
    expect(level1.data.localProducts.totalCount).toBe(5);
    const spc = await api.gql(operation('LocalProductsForCategory'), { category: '54-SPC', on: ON });
    expect(spc.data.localProducts.edges.map((e: { node: { productCode: string } }) => e.node.productCode)).toEqual(['45004']);
  });

  it('pages with cursors, seeing every product exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const { data }: { data?: any } = await api.gql(operation('LocalProductsForCategory'), { category: '45-BHI', on: ON, first: 3, after });
      expect(data.localProducts.totalCount).toBe(8);
      seen.push(...data.localProducts.edges.map((e: { node: { productCode: string } }) => e.node.productCode));
      if (!data.localProducts.pageInfo.hasNextPage) break;
      after = data.localProducts.pageInfo.endCursor;
    }
    expect(seen).toEqual(['45A01', '45A02', '45A03', '45A04', '45001', '45002', '45003', '45004']);
  });

  it('caps first at 500 and rejects unknown categories and regions', async () => {
    const big = await api.gql(operation('LocalProductsForCategory'), { category: '45', first: 501 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const category = await api.gql(operation('LocalProductsForCategory'), { category: '99-XXX' });
    expect(category.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const region = await api.gql(operation('LocalProductsForCategory'), { category: '45', regions: ['JZ11', 'JZ40'] });
    expect(region.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(region.errors?.[0].message).toContain('JZ40');
  });
});

describe('CompareRegions', () => {
  it('normalises minutes, hours and dagdelen to hours and gives min, median and max per region', async () => {
    const { data } = await api.gql(operation('CompareRegions'), { category: '45-BHI', regions: ['JZ24', 'JZ11', 'JZ25'], on: ON });
    expect(data.compareRegions).toEqual([
      // JZ11 per hour: 7501 (dagdeel), 9060 (minute), 9501, 9900 → median (9060 + 9501) / 2 = 9280.5 → 9281
      { region: { code: 'JZ11', name: 'Zuid Kennemerland' }, productCount: 4, tariffs: [{ unit: 'HOUR', count: 4, minCents: 7501, medianCents: 9281, maxCents: 9900 }] },
      // JZ24 per hour: 8800, 9000 (dagdeel), 10000; the EURO product counts as a product but has no tariff
      { region: { code: 'JZ24', name: 'Haaglanden' }, productCount: 4, tariffs: [{ unit: 'HOUR', count: 3, minCents: 8800, medianCents: 9000, maxCents: 10000 }] },
      { region: { code: 'JZ25', name: 'Achterhoek' }, productCount: 0, tariffs: [] },
    ]);
  });

  it('compares a level-1 category over everything beneath it, on an earlier date', async () => {
    const { data } = await api.gql(operation('CompareRegions'), { category: '45', regions: ['JZ11'], on: '2024-06-01' });
    // 2024: 45A04 still costs 9000; with 45B01 (6500): 6500, 7501, 9000, 9060, 9501 → median 9000
    expect(data.compareRegions[0].tariffs).toEqual([{ unit: 'HOUR', count: 5, minCents: 6500, medianCents: 9000, maxCents: 9501 }]);
    expect(data.compareRegions[0].productCount).toBe(5); // 45X99 maps onto nothing, so it is not in the category
  });

  it('gives every region a row when regions is omitted', async () => {
    const { data } = await api.gql(operation('CompareRegions'), { category: '45-BHI', on: ON });
    expect(data.compareRegions).toHaveLength(42);
  });
});

describe('MappingCoverage and Unmapped', () => {
  it('counts mapped and unmapped products per region', async () => {
    const { data } = await api.gql(operation('MappingCoverage'), { on: ON });
    expect(data.mappingCoverage).toHaveLength(42);
    const byRegion = Object.fromEntries(data.mappingCoverage.map((row: { region: { code: string } }) => [row.region.code, row]));
    expect(byRegion.JZ11).toEqual({ region: { code: 'JZ11' }, productCount: 6, mappedCount: 5, unmappedCount: 1 });
    expect(byRegion.JZ24).toEqual({ region: { code: 'JZ24' }, productCount: 4, mappedCount: 4, unmappedCount: 0 });
    expect(byRegion.JZ25).toEqual({ region: { code: 'JZ25' }, productCount: 0, mappedCount: 0, unmappedCount: 0 });
  });

  it('lists the products that map onto nothing', async () => {
    const { data } = await api.gql(operation('Unmapped'), { region: 'JZ11', on: ON });
    expect(data.unmappedProducts).toEqual([{ productCategory: '45', productCode: '45X99', name: 'Maatwerk ambulant' }]);
  });
});
