/** Seeding: reference data complete and idempotent; demo products shaped the way real regions' lists are. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, seedFingerprint } from '../src/db/seed/index.js';
import { sqlCounter } from '../src/db/sqlCounter.js';
import { demoProducts } from '../src/db/seed/demoProducts.js';
import { startApi, type TestApi } from './helpers/api.js';

const REGIONS = Array.from({ length: 43 }, (_, i) => `JZ${String(i + 1).padStart(2, '0')}`).filter((code) => code !== 'JZ40');

let api: TestApi;
beforeAll(async () => { api = await startApi('demo'); });
afterAll(async () => { await api?.close(); });

async function counts() {
  const [row] = await api.db.orm.em.fork().execute(`select
    (select count(*)::int from province) as provinces, (select count(*)::int from region) as regions,
    (select count(*)::int from municipality) as municipalities, (select count(*)::int from region_membership) as memberships,
    (select count(*)::int from certified_institution) as institutions, (select count(*)::int from contract) as contracts,
    (select count(*)::int from category) as categories, (select count(*)::int from local_product) as products,
    (select count(*)::int from product_mapping) as mappings, (select count(*)::int from measure) as measures,
    (select count(*)::int from youth_help) as "youthHelp", (select count(*)::int from waiting_report) as "waitingReports"`);
  return row;
}

describe('reference seed', () => {
  it('holds the 12 provinces, 42 regions, 356 municipalities (2021–2025), 7 GIs and 16 + 32 categories', async () => {
    expect(await counts()).toMatchObject({ provinces: 12, regions: 42, municipalities: 356, institutions: 7, categories: 48 });
  });

  it('has 352 municipalities on 2021-01-01, 345 on 2022-01-01, 344 after Weesp, 342 from 2023, each in one region', async () => {
    const em = api.db.orm.em.fork();
    for (const [on, expected] of [['2021-01-01', 352], ['2022-01-01', 345], ['2022-03-24', 344], ['2023-01-01', 342], ['2025-01-01', 342]] as const) {
      const [row] = await em.execute(
        `select count(*)::int as n, count(distinct municipality_code)::int as distinct_n from region_membership
          where daterange(valid_from, valid_to) @> ?::date`, [on]);
      expect(row).toEqual({ n: expected, distinct_n: expected });
    }
  });

  it('changes nothing when seeded again, also when it must check everything (other shipped data or schema)', async () => {
    const before = await counts();
    await seed(api.db.orm.em.fork(), 'demo');
    expect(await counts()).toEqual(before);
    await api.db.orm.em.fork().execute(`update seed_state set fingerprint = 'written by an older version'`);
    await seed(api.db.orm.em.fork(), 'demo');
    expect(await counts()).toEqual(before);
  });

  it('skips what it already wrote on a restart: one lookup, not a second of upserts and ANALYZE', async () => {
    const before = sqlCounter.count;
    await seed(api.db.orm.em.fork(), 'demo');
    expect(sqlCounter.count - before).toBe(1);
    const [state] = await api.db.orm.em.fork().execute(`select fingerprint from seed_state where mode = 'demo'`);
    expect(state.fingerprint).toBe(seedFingerprint('demo'));
  });
});

describe('demo case records', () => {
  it('have the national scale: about 40,000 children with a measure in a year, in every region, most with several items of help', async () => {
    const [row] = await api.db.orm.em.fork().execute(`
      with active as (select * from measure where start_date <= '2024-12-31' and (end_date is null or end_date >= '2024-01-01'))
      select (select count(distinct client)::int from active) as children, (select count(distinct region_code)::int from active) as regions,
             (select count(*)::int from (select client from active group by client) c
               where (select count(*) from youth_help y where y.client = c.client) >= 2) as "withSeveral",
             (select count(*)::int from measure where client !~ '^[0-9a-f]{32}$') as "notPseudonyms"`);
    expect(row.children).toBeGreaterThan(35_000);
    expect(row.children).toBeLessThan(45_000);
    expect(row.regions).toBe(42);
    expect(row.withSeveral).toBeGreaterThan(row.children / 2);
    expect(row.notPseudonyms).toBe(0);
  });
});

describe('demo products', () => {
  it('gives every region 20–60 products with valid iJw codes, the same list on every run', () => {
    for (const region of REGIONS) {
      const products = demoProducts(region);
      const distinct = new Set(products.map((p) => `${p.productCategory}/${p.productCode}`));
      expect(distinct.size).toBeGreaterThanOrEqual(20);
      expect(distinct.size).toBeLessThanOrEqual(60);
      for (const p of products) {
        expect(p.productCode).toMatch(/^[A-Z0-9]{1,5}$/);
        expect(p.productCode.startsWith(p.productCategory)).toBe(true);
        expect(p.unit === 'EURO' ? p.tariffCents === null : (p.tariffCents ?? 0) > 0).toBe(true);
      }
      expect(demoProducts(region)).toEqual(products);
    }
  });

  it('leaves about 5% unmapped, maps a few onto two categories, and differs between regions', () => {
    const all = REGIONS.flatMap((region) => demoProducts(region));
    const unmapped = all.filter((p) => p.mappings.length === 0).length / all.length;
    expect(unmapped).toBeGreaterThan(0.02);
    expect(unmapped).toBeLessThan(0.09);
    expect(all.some((p) => p.mappings.length === 2)).toBe(true);
    const names = (region: string) => demoProducts(region).map((p) => p.productCode).join();
    expect(names('JZ11')).not.toEqual(names('JZ24'));
  });

  it('prices in realistic units: ambulatory help per hour lies between 30 and 200 euros', () => {
    const perHour = REGIONS.flatMap((region) => demoProducts(region))
      .filter((p) => p.productCategory === '45' && p.unit === 'HOUR')
      .map((p) => p.tariffCents!);
    expect(Math.min(...perHour)).toBeGreaterThan(3_000);
    expect(Math.max(...perHour)).toBeLessThan(20_000);
  });
});
