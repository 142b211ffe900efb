/** No N+1: the SQL statements a contract operation sends do not grow with the rows it returns. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';

let api: TestApi;
beforeAll(async () => { api = await startApi('demo'); });
afterAll(async () => { await api?.close(); });

describe('SQL statements per request', () => {
  it('RegionsInProvince: Flevoland (1 region) costs the same as Noord-Holland (9 regions, ~45 municipalities)', async () => {
    const small = await api.countStatements(operation('RegionsInProvince'), { province: 'PV24', on: '2023-06-01' });
    const large = await api.countStatements(operation('RegionsInProvince'), { province: 'PV27', on: '2023-06-01' });
    expect(small.response.data.regions).toHaveLength(1);
    expect(large.response.data.regions).toHaveLength(9);
    const municipalities = large.response.data.regions.reduce((n: number, r: { municipalities: unknown[] }) => n + r.municipalities.length, 0);
    expect(municipalities).toBeGreaterThan(40);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(4);
  });

  it('LocalProductsForCategory: 2 products cost the same as 200 from every region', async () => {
    const small = await api.countStatements(operation('LocalProductsForCategory'), { category: '45', regions: ['JZ11'], first: 2 });
    const everyRegion = Array.from({ length: 43 }, (_, i) => `JZ${String(i + 1).padStart(2, '0')}`).filter((code) => code !== 'JZ40');
    const large = await api.countStatements(operation('LocalProductsForCategory'), { category: '45', regions: everyRegion, first: 200 });
    expect(small.response.data.localProducts.edges).toHaveLength(2);
    const regions = new Set(large.response.data.localProducts.edges.map((e: { node: { region: { code: string } } }) => e.node.region.code));
    expect(large.response.data.localProducts.edges.length).toBeGreaterThan(150);
    expect(regions.size).toBeGreaterThan(10);
    expect(large.statements).toBe(small.statements);
  });

  it('Provinces and CompareRegions stay constant too', async () => {
    const provinces = await api.countStatements(operation('Provinces'));
    expect(provinces.response.data.provinces).toHaveLength(12);
    expect(provinces.statements).toBeLessThanOrEqual(3);
    const one = await api.countStatements(operation('CompareRegions'), { category: '45', regions: ['JZ11'] });
    const all = await api.countStatements(operation('CompareRegions'), { category: '45' });
    expect(all.response.data.compareRegions).toHaveLength(42);
    expect(all.statements).toBe(one.statements);
  });
});

describe('one round trip where the shape allows', () => {
  it('Region: the region, its provinces and its members on the date in one statement', async () => {
    const { statements, response } = await api.countStatements(operation('Region'), { code: 'jz06', on: '2021-06-01' });
    expect(response.data.region.provinces).toEqual([{ code: 'PV27' }]);
    // Noord-Kennemerland before the 2022 merger: Heerhugowaard and Langedijk were still members.
    expect(response.data.region.municipalities.map((m: { code: string }) => m.code)).toEqual(expect.arrayContaining(['GM0398', 'GM0416']));
    expect(statements).toBe(1);
  });

  it('Municipality: with its province, region on the date and successor in one statement', async () => {
    const { statements, response } = await api.countStatements(operation('Municipality'), { code: '398', on: '2021-06-01' });
    // Heerhugowaard, in Noord-Kennemerland until it merged into Dijk en Waard in 2022.
    expect(response.data.municipality).toMatchObject({ code: 'GM0398', province: { code: 'PV27' }, region: { code: 'JZ06' }, successor: { code: 'GM1980' } });
    expect(statements).toBe(1);
  });

  it('Translate: the product, its mappings and their categories in one statement', async () => {
    const [mapped] = await api.db.orm.em.fork().execute<{ code: string }[]>(`select lp.product_code as code from local_product lp
      where lp.region_code = 'JZ11' and lp.valid_to is null and exists (select 1 from product_mapping pm where pm.product_id = lp.id) limit 1`);
    const { statements, response } = await api.countStatements(operation('Translate'),
      { region: 'jz11', productCategory: mapped.code.slice(0, 2), productCode: mapped.code.toLowerCase(), on: '2026-06-01' });
    expect(response.data.translate.found).toBe(true);
    expect(response.data.translate.matches.length).toBeGreaterThan(0);
    expect(response.data.translate.matches[0].category.level).toBe(2);
    expect(statements).toBe(1);
  });
});

describe('the sessions the API opens', () => {
  it('never JIT-compile a statement (on a server built with JIT, compiling takes longer than the statements run)', async () => {
    const [session] = await api.db.orm.em.fork().execute<{ jit: string }[]>(`select current_setting('jit') as jit`);
    expect(session.jit).toBe('off');
  });
});
