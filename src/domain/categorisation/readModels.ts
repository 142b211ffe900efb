/**
 * Read models that make cross-region answers cost what the answer costs, not what the country holds. Both are
 * derived from local_product, product_mapping and category only, and rebuilt per region by every sync in its own
 * transaction (and all at once by `npm run rebuild-read-models`):
 *
 * - `category_product`: every product version under each shared category it is mapped into or beneath (the
 *   category and its parent), once, in the order localProducts pages in; a page is an index range scan.
 * - `category_segment`: per category, region, normalised unit and validity segment (the periods between a
 *   region's validity boundaries, within which the set of valid products does not change) the product count and
 *   tariff statistics; compareRegions and localProducts' totalCount read one row per region and unit.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { normalisedTariffSql } from '../../reference/units.js';
import { textArray } from '../sql.js';

const normalised = normalisedTariffSql('lp.unit', 'lp.tariff_cents');

/** `?` = the regions to rebuild, as a text array; `true` rebuilds all. */
const regionFilter = (column: string, all: boolean) => (all ? 'true' : `${column} = any(${textArray})`);

function statements(all: boolean): string[] {
  return [
    `delete from category_product where ${regionFilter('region_code', all)}`,
    `insert into category_product (category_code, region_code, product_category, product_code, valid_from, valid_to, product_id)
     select distinct a.code, lp.region_code, lp.product_category, lp.product_code, lp.valid_from, lp.valid_to, lp.id
       from local_product lp
       join product_mapping pm on pm.product_id = lp.id
       join category c on c.code = pm.category_code
       cross join lateral unnest(array[c.code, c.parent_code]) as a(code)
      where a.code is not null and ${regionFilter('lp.region_code', all)}`,
    `delete from category_segment where ${regionFilter('region_code', all)}`,
    `insert into category_segment (category_code, region_code, unit, valid_from, valid_to, product_count, tariff_count, min_cents, median_cents, max_cents)
     with bounds as (
       select distinct cp.region_code, b.day
         from category_product cp cross join lateral (values (cp.valid_from), (cp.valid_to)) as b(day)
        where b.day is not null and ${regionFilter('cp.region_code', all)}),
     segments as (select region_code, day as seg_from, lead(day) over (partition by region_code order by day) as seg_to from bounds),
     valued as (
       select cp.category_code, cp.region_code, s.seg_from, s.seg_to, ${normalised.unit} as unit, ${normalised.value} as value
         from segments s
         join category_product cp on cp.region_code = s.region_code and cp.valid_from <= s.seg_from
                                 and (cp.valid_to is null or cp.valid_to >= s.seg_to)
         join local_product lp on lp.id = cp.product_id)
     select category_code, region_code, coalesce(unit, ''), seg_from, seg_to, count(*), count(value),
            min(value)::bigint, round((percentile_cont(0.5) within group (order by value))::numeric)::bigint, max(value)::bigint
       from valued group by category_code, region_code, unit, seg_from, seg_to`,
  ];
}

/** Rebuilds the read models of these regions (all regions when omitted), inside the caller's transaction. */
export async function refreshReadModels(em: EntityManager, regions?: readonly string[]): Promise<void> {
  for (const sql of statements(!regions)) await em.execute(sql, regions ? [regions] : []);
}

/** The same rebuild as plain SQL for a migration to run on an existing database. */
export const rebuildAllSql = statements(true);
