/**
 * Read models that make cross-region answers cost what the answer costs, not what the country holds. Both are
 * derived from local_product, product_mapping and category only, kept current by every sync for the products it
 * wrote, in its own transaction (and rebuilt from scratch by `npm run rebuild-read-models`):
 *
 * - `category_product`: every product version under each shared category it is mapped into or beneath (the
 *   category and its parent), once, in the order localProducts pages in; a page is an index range scan.
 * - `category_segment`: per category, region, normalised unit and validity segment (the periods between the
 *   validity boundaries of that region and category's products, within which its valid products do not change)
 *   the product count and tariff statistics; compareRegions and localProducts' totalCount read one row per region and unit.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../../db/bound.js';
import { normalisedTariffSql } from '../../reference/units.js';
import { textArray } from '../sql.js';

const normalised = normalisedTariffSql('lp.unit', 'lp.tariff_cents');

/** Which rows a rebuild covers: a condition on alias `cp`/`lp` columns and what its `?`s bind. */
interface Scope { where: (alias: string) => string; params: unknown[] }

const everything: Scope = { where: () => 'true', params: [] };
const ofRegions = (regions: readonly string[]): Scope => ({ where: (a) => `${a}.region_code = any(${textArray})`, params: [regions] });
const ofCategories = (region: string, categories: string[]): Scope =>
  ({ where: (a) => `${a}.region_code = ? and ${a}.category_code = any(${textArray})`, params: [region, categories] });

/** `category_product` rows of the local products `lp` that `where` selects. */
const productRows = (where: string) => `insert into category_product (category_code, region_code, product_category, product_code, valid_from, valid_to, product_id)
  select distinct a.code, lp.region_code, lp.product_category, lp.product_code, lp.valid_from, lp.valid_to, lp.id
    from local_product lp
    join product_mapping pm on pm.product_id = lp.id
    join category c on c.code = pm.category_code
    cross join lateral unnest(array[c.code, c.parent_code]) as a(code)
   where a.code is not null and ${where}`;

/**
 * `category_segment` from `category_product`. A region and category's segments run between the validity
 * boundaries of its own products, so a sync touching a few categories recomputes only theirs.
 */
const segmentRows = (scope: Scope) => `insert into category_segment (category_code, region_code, unit, valid_from, valid_to, product_count, tariff_count, min_cents, median_cents, max_cents)
  with bounds as (
    select distinct cp.region_code, cp.category_code, b.day
      from category_product cp cross join lateral (values (cp.valid_from), (cp.valid_to)) as b(day)
     where b.day is not null and ${scope.where('cp')}),
  segments as (
    select region_code, category_code, day as seg_from, lead(day) over (partition by region_code, category_code order by day) as seg_to from bounds),
  valued as (
    select cp.category_code, cp.region_code, s.seg_from, s.seg_to, ${normalised.unit} as unit, ${normalised.value} as value
      from segments s
      join category_product cp on cp.region_code = s.region_code and cp.category_code = s.category_code
                              and cp.valid_from <= s.seg_from and (cp.valid_to is null or cp.valid_to >= s.seg_to)
      join local_product lp on lp.id = cp.product_id)
  select category_code, region_code, coalesce(unit, ''), seg_from, seg_to, count(*), count(value),
         min(value)::bigint, round((percentile_cont(0.5) within group (order by value))::numeric)::bigint, max(value)::bigint
    from valued group by category_code, region_code, unit, seg_from, seg_to`;

function rebuild(scope: Scope): [sql: string, params: unknown[]][] {
  return [
    [`delete from category_product cp where ${scope.where('cp')}`, scope.params],
    [productRows(scope.where('lp')), scope.params],
    [`delete from category_segment cp where ${scope.where('cp')}`, scope.params],
    [segmentRows(scope), scope.params],
  ];
}

/** Rebuilds the read models of these regions (all regions when omitted), inside the caller's transaction. */
export async function refreshReadModels(em: EntityManager, regions?: readonly string[]): Promise<void> {
  for (const [sql, params] of rebuild(regions ? ofRegions(regions) : everything)) await em.execute(sql, params);
}

/** Categories whose `category_product` rows a statement returned (`returning category_code`), each once. */
const categoriesOf = (statement: string) => `with listed as (${statement} returning category_code) select distinct category_code as code from listed`;

/**
 * After a sync wrote these products of a region: their category_product rows replaced, and the segments of every
 * category they were or now are in recomputed. Costs what the batch touched. New products have no rows to
 * replace, so only changed ones are looked for (the table has no index on product_id).
 */
export async function refreshProducts(em: EntityManager, region: string, products: { created: number[]; changed: number[] }): Promise<void> {
  const categories = new Set<string>();
  const touched = (rows: { code: string }[]) => rows.forEach((row) => categories.add(row.code));
  if (products.changed.length) {
    touched(await executeBound<{ code: string }>(em, categoriesOf('delete from category_product where product_id = any(?::int[])'), [products.changed]));
  }
  const written = [...products.created, ...products.changed];
  if (written.length) touched(await executeBound<{ code: string }>(em, categoriesOf(productRows('lp.id = any(?::int[])')), [written]));
  if (!categories.size) return;
  const scope = ofCategories(region, [...categories]);
  await em.execute(`with gone as (delete from category_segment cp where ${scope.where('cp')}) ${segmentRows(scope)}`, [...scope.params, ...scope.params]);
}

/** The same rebuild as plain SQL for a migration to run on an existing database. */
export const rebuildAllSql = rebuild(everything).map(([sql]) => sql);
