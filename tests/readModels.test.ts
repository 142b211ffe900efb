/**
 * The categorisation read models (category_product, category_segment, coverage_step) and the change feed's counts
 * (change_tx) are derived data: after any series of syncs, what compareRegions, localProducts and mappingCoverage
 * answer from them, and the counts, equal a from-scratch computation over the source tables, and a full rebuild (what
 * `npm run rebuild-read-models` runs) leaves them exactly as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { random } from '../src/db/seed/demoProducts.js';
import { refreshReadModels } from '../src/domain/categorisation/readModels.js';
import { recountChanges } from '../src/domain/changes/counts.js';
import { normalisedTariffSql } from '../src/reference/units.js';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const REGIONS = ['JZ11', 'JZ24', 'JZ25'];
const CATEGORIES = ['45', '45-BHI', '45-BGI', '54', '54-SPC', '43-RES'];
const DATES = ['2022-12-31', '2023-01-01', '2023-06-01', '2024-03-01', '2025-01-01', '2025-06-01', '2026-02-01'];
const UNITS = ['HOUR', 'MINUTE', 'DAYPART', 'ETMAAL', 'EURO'];
const MAPPABLE = ['45-BHI', '45-BGI', '45-DIA', '54-SPC', '43-RES'];

let api: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  admin = await bearer({ roles: ['admin'] });
});
afterAll(async () => { await api?.close(); });

interface Version { productCategory: string; productCode: string; name: string; unit: string; tariffCents: number | null; validFrom: string; validTo: string | null; mappings: { category: string }[] }

/** Random syncs: new codes (one version, or two adjacent ones), and changes to tariffs, units, mappings and ends. */
function randomSyncs(rounds: number) {
  const rnd = random('read models');
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const known = new Map<string, Version[]>(REGIONS.map((r) => [r, []]));
  const mappings = () => (rnd() < 0.1 ? [] : rnd() < 0.2 ? [{ category: pick(MAPPABLE) }, { category: pick(MAPPABLE) }] : [{ category: pick(MAPPABLE) }])
    .filter((m, i, all) => all.findIndex((o) => o.category === m.category) === i);
  const priced = (unit: string) => (unit === 'EURO' ? null : 100 + Math.floor(rnd() * 20_000));
  return Array.from({ length: rounds }, (_, round) => {
    const region = pick(REGIONS);
    const mine = known.get(region)!;
    const batch: Version[] = [];
    for (let i = 0; i < 12; i += 1) {
      const unit = pick(UNITS);
      const code = `${pick(['45', '54', '43'])}${String(round).padStart(2, '0')}${i.toString(36).toUpperCase()}`;
      const base = { productCategory: code.slice(0, 2), productCode: code, name: `Product ${code}`, unit, tariffCents: priced(unit), mappings: mappings() };
      if (rnd() < 0.4) {
        batch.push({ ...base, validFrom: '2023-01-01', validTo: '2025-01-01' }, { ...base, tariffCents: priced(unit), validFrom: '2025-01-01', validTo: null });
      } else {
        batch.push({ ...base, validFrom: pick(['2023-01-01', '2024-01-01', '2025-06-01']), validTo: rnd() < 0.3 ? '2026-01-01' : null });
      }
    }
    for (const version of mine.filter(() => rnd() < 0.3)) {
      const unit = rnd() < 0.5 ? version.unit : pick(UNITS);
      // an open-ended version may get an end (after every validFrom used here, so it overlaps nothing)
      const validTo = version.validTo === null && rnd() < 0.3 ? '2026-02-01' : version.validTo;
      batch.push({ ...version, unit, tariffCents: priced(unit), mappings: rnd() < 0.5 ? mappings() : version.mappings, validTo });
    }
    const changed = new Set(batch.map((v) => `${v.productCode}/${v.validFrom}`));
    known.set(region, [...mine.filter((v) => !changed.has(`${v.productCode}/${v.validFrom}`)), ...batch]);
    return { region, products: batch };
  });
}

const normalised = normalisedTariffSql('lp.unit', 'lp.tariff_cents');
/** compareRegions and totalCount computed straight from the source tables, as the API did before the read models. */
const FROM_SCRATCH = `
  with matched as (
    select lp.region_code, ${normalised.unit} as unit, ${normalised.value} as value from local_product lp
     where daterange(lp.valid_from, lp.valid_to) @> ?::date and exists (
       select 1 from product_mapping pm join category c on c.code = pm.category_code
        where pm.product_id = lp.id and (c.code = ? or c.parent_code = ?)))
  select region_code as "regionCode", sum(count(*)) over (partition by region_code)::int as "productCount", unit,
         count(value)::int as count, min(value)::bigint::int as "minCents", max(value)::bigint::int as "maxCents",
         round((percentile_cont(0.5) within group (order by value))::numeric)::int as "medianCents"
    from matched group by region_code, unit`;

/** mappingCoverage straight from the source tables, as the API did before the read model. */
const COVERAGE_FROM_SCRATCH = `
  select lp.region_code as code, count(*)::int as "productCount",
         (count(*) filter (where exists (select 1 from product_mapping pm where pm.product_id = lp.id)))::int as "mappedCount"
    from local_product lp where daterange(lp.valid_from, lp.valid_to) @> ?::date group by lp.region_code`;

async function expectAnswersFromScratch() {
  const em = api.db.orm.em.fork();
  for (const on of DATES) {
    const rows = await em.execute<{ code: string; productCount: number; mappedCount: number }[]>(COVERAGE_FROM_SCRATCH, [on]);
    const { data } = await api.gql(operation('MappingCoverage'), { on });
    const actual = data.mappingCoverage.filter((c: any) => REGIONS.includes(c.region.code))
      .map((c: any) => ({ code: c.region.code, productCount: c.productCount, mappedCount: c.mappedCount }));
    const expected = REGIONS.map((code) => rows.find((r) => r.code === code) ?? { code, productCount: 0, mappedCount: 0 });
    expect(actual, `mappingCoverage on ${on}`).toEqual(expected);
  }
  for (const category of CATEGORIES) {
    for (const on of DATES) {
      const rows = await em.execute<{ regionCode: string; productCount: number; unit: string | null; count: number; minCents: number; medianCents: number; maxCents: number }[]>(
        FROM_SCRATCH, [on, category, category]);
      const { data } = await api.gql(operation('CompareRegions'), { category, regions: REGIONS, on });
      const expected = REGIONS.map((code) => {
        const own = rows.filter((r) => r.regionCode === code);
        return {
          region: code, productCount: own[0]?.productCount ?? 0,
          tariffs: own.filter((r) => r.unit && r.count > 0).map(({ unit, count, minCents, medianCents, maxCents }) => ({ unit, count, minCents, medianCents, maxCents }))
            .sort((a, b) => a.unit!.localeCompare(b.unit!)),
        };
      });
      const actual = data.compareRegions.map((c: any) => ({ region: c.region.code, productCount: c.productCount, tariffs: [...c.tariffs].sort((a: any, b: any) => a.unit.localeCompare(b.unit)) }));
      expect(actual, `compareRegions ${category} on ${on}`).toEqual(expected);

      const total = expected.reduce((n, r) => n + r.productCount, 0);
      const page = await api.gql(operation('LocalProductsForCategory'), { category, on, first: 500 });
      expect(page.data.localProducts.totalCount, `localProducts ${category} on ${on}`).toBe(total);
      expect(page.data.localProducts.edges).toHaveLength(total);
    }
  }
}

const snapshot = async () => {
  const em = api.db.orm.em.fork();
  return {
    products: await em.execute('select * from category_product order by category_code, region_code, product_category, product_code, valid_from'),
    segments: await em.execute('select * from category_segment order by category_code, region_code, unit, valid_from'),
    // a sync may leave a step that came to nothing; a rebuild writes none
    coverage: await em.execute('select * from coverage_step where products <> 0 or mapped <> 0 order by region_code, day'),
    changeCounts: await em.execute('select txid::text, region_code, entity, changes from change_tx order by 1, 2, 3'),
  };
};

/** change_tx as counted from the changes themselves. */
const changeCountsFromScratch = () => api.db.orm.em.fork().execute(
  'select txid::text, region_code, entity, count(*)::int as changes from change group by 1, 2, 3 order by 1, 2, 3');

describe('categorisation read models', () => {
  it('answer like a from-scratch computation after random syncs, and a full rebuild changes nothing', async () => {
    let mixed = 0; // batches whose creates and updates are counted by two statements of one transaction
    for (const [i, { region, products }] of randomSyncs(9).entries()) {
      const { data, errors } = await api.gql(operation('SyncLocalProducts'), { region, products }, admin);
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      expect(data.syncLocalProducts.applied).toBe(true);
      if (data.syncLocalProducts.created && data.syncLocalProducts.updated) mixed += 1;
      if (i % 3 === 2) await expectAnswersFromScratch();
    }
    // A product moving between categories, alone in its batch: the category it left is recomputed too.
    const moving = { productCategory: '43', productCode: '43ZZ1', name: 'Verblijf', unit: 'ETMAAL', tariffCents: 25_000, validFrom: '2024-01-01' };
    for (const category of ['43-RES', '45-BHI']) {
      const { data } = await api.gql(operation('SyncLocalProducts'), { region: 'JZ25', products: [{ ...moving, mappings: [{ category }] }] }, admin);
      expect(data.syncLocalProducts.applied).toBe(true);
    }
    await expectAnswersFromScratch();
    const kept = await snapshot();
    expect(kept.products.length).toBeGreaterThan(100);
    expect(mixed).toBeGreaterThan(0);
    // one count per batch: each is a transaction of one region
    expect(kept.changeCounts.filter((c: any) => c.entity === 'LocalProduct')).toHaveLength(11);
    expect(kept.changeCounts).toEqual(await changeCountsFromScratch());
    await api.db.orm.em.fork().transactional(async (tx) => {
      await refreshReadModels(tx);
      await recountChanges(tx);
    });
    expect(await snapshot()).toEqual(kept);
  });
});
