/**
 * Read models that make cross-region answers cost what the answer costs, not what the country holds. All three are
 * derived from local_product, product_mapping and category only, kept current by every sync for the products it
 * wrote, in its own transaction (and rebuilt from scratch by `npm run rebuild-read-models`):
 *
 * - `category_product`: every product version under each shared category it is mapped into, in the order
 *   localProducts pages in; a page is an index range scan of each of the category's members (itself and, for a
 *   level-1 category, its children: see MEMBERS). It carries the version's unit and tariff, so segments are computed
 *   from it alone. A row per mapping, not also one under the parent: a sync of new products writes half the rows
 *   (its statement took 90 ms less for 10,000, of which the parent's segments, now read from its children's rows,
 *   take back 27).
 * - `category_segment`: per category, region, normalised unit and validity segment (the periods between the
 *   validity boundaries of that region and category's products, within which its valid products do not change) the
 *   product count and tariff statistics, each product of its members counted once; compareRegions and localProducts'
 *   totalCount read one row per region and unit.
 * - `coverage_step`: per region and day, how many product versions begin that day minus how many end, all and
 *   mapped ones; mappingCoverage on a date sums each region's steps up to it (valid on D: valid_from <= D < valid_to).
 *   A sync adds the steps of what it wrote and takes away those of what it replaced, so it costs what the batch holds.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../../db/bound.js';
import { normalisedTariffSql } from '../../reference/units.js';
import { textArray } from '../sql.js';
import { IS_MAPPED } from './rows.js';

const normalised = normalisedTariffSql('cp.unit', 'cp.tariff_cents');

/** Which rows a rebuild covers: a condition on alias `cp`/`lp` columns and what its `?`s bind. */
interface Scope { where: (alias: string) => string; params: unknown[] }

const everything: Scope = { where: () => 'true', params: [] };
const ofRegions = (regions: readonly string[]): Scope => ({ where: (a) => `${a}.region_code = any(${textArray})`, params: [regions] });
/** These categories of a region, and their parents: a parent's segments count its children's products. */
const ofCategories = (region: string, categories: string[]): Scope => ({
  where: (a) => `${a}.region_code = ? and ${a}.category_code in (select c.code from category c where c.code = any(${textArray})
                                                                 union all select c.parent_code from category c where c.code = any(${textArray}))`,
  params: [region, categories, categories],
});

/**
 * Each category (`category_code`) with its members (`member_code`): itself, and the children of a level-1 category
 * (the tree has two levels). A category's products are those mapped into any of its members.
 */
export const MEMBERS = `(select code as category_code, code as member_code from category
                         union all select parent_code, code from category where parent_code is not null)`;

/**
 * `category_product` rows of the local products `lp` that `where` selects, with their mappings `pm`: by default
 * from the tables, or from relations with their columns (the rows a sync's statement has just inserted).
 */
export const productRows = (where: string, products = 'local_product', mappings = 'product_mapping') => `insert into category_product (category_code, region_code, product_category, product_code, valid_from, valid_to, product_id, unit, tariff_cents)
  select pm.category_code, lp.region_code, lp.product_category, lp.product_code, lp.valid_from, lp.valid_to, lp.id, lp.unit, lp.tariff_cents
    from ${products} lp
    join ${mappings} pm on pm.product_id = lp.id
   where ${where}`;

/**
 * `category_segment` from `category_product`. A region and category's segments run between the validity
 * boundaries of its members' products (each product once, though mapped into two of them), so a sync touching a few
 * categories recomputes only theirs and their parents'.
 */
const segmentRows = (scope: Scope): [sql: string, params: unknown[]] => [`insert into category_segment (category_code, region_code, unit, valid_from, valid_to, product_count, tariff_count, min_cents, median_cents, max_cents)
  with products as (
    select distinct cp.* from (
      select m.category_code, p.region_code, p.product_id, p.valid_from, p.valid_to, p.unit, p.tariff_cents
        from ${MEMBERS} m join category_product p on p.category_code = m.member_code) as cp
     where ${scope.where('cp')}),
  bounds as (
    select region_code, category_code, valid_from as day from products
     union select region_code, category_code, valid_to from products where valid_to is not null),
  -- materialized: the planner, not knowing the rows the sync just wrote, may join each product with the segments in
  -- a nested loop, and would compute the window again for every product (37 s for 10,000 on a fresh database)
  segments as materialized (
    select region_code, category_code, day as seg_from, lead(day) over (partition by region_code, category_code order by day) as seg_to from bounds),
  valued as (
    select cp.category_code, cp.region_code, s.seg_from, s.seg_to, ${normalised.unit} as unit, ${normalised.value} as value
      from segments s
      join products cp on cp.region_code = s.region_code and cp.category_code = s.category_code
                      and cp.valid_from <= s.seg_from and (cp.valid_to is null or cp.valid_to >= s.seg_to))
  select category_code, region_code, coalesce(unit, ''), seg_from, seg_to, count(*), count(value),
         min(value)::bigint, round((percentile_cont(0.5) within group (order by value))::numeric)::bigint, max(value)::bigint
    from valued group by category_code, region_code, unit, seg_from, seg_to`, scope.params];

function rebuild(scope: Scope): [sql: string, params: unknown[]][] {
  return [
    [`delete from category_product cp where ${scope.where('cp')}`, scope.params],
    [productRows(scope.where('lp')), scope.params],
    [`delete from category_segment cp where ${scope.where('cp')}`, scope.params],
    segmentRows(scope),
  ];
}

/** `coverage_step` from the source tables (a step that sums to nothing is left out). */
const coverageRows = (where: string) => `insert into coverage_step (region_code, day, products, mapped)
  select p.region_code, e.day, sum(e.step), coalesce(sum(e.step) filter (where p.mapped), 0)
    from (select lp.region_code, lp.valid_from, lp.valid_to, ${IS_MAPPED} as mapped
            from local_product lp where ${where}) as p
    cross join lateral (values (p.valid_from, 1), (p.valid_to, -1)) as e(day, step)
   where e.day is not null
   group by p.region_code, e.day
  having sum(e.step) <> 0 or coalesce(sum(e.step) filter (where p.mapped), 0) <> 0`;

const rebuildCoverage = (scope: Scope): [sql: string, params: unknown[]][] => [
  [`delete from coverage_step cs where ${scope.where('cs')}`, scope.params],
  [coverageRows(scope.where('lp')), scope.params],
];

/** Rebuilds the read models of these regions (all regions when omitted), inside the caller's transaction. */
export async function refreshReadModels(em: EntityManager, regions?: readonly string[]): Promise<void> {
  const scope = regions ? ofRegions(regions) : everything;
  for (const [sql, params] of [...rebuild(scope), ...rebuildCoverage(scope)]) await em.execute(sql, params);
}

/** A product version as coverage counts it. */
export interface CoveredVersion { validFrom: string; validTo: string | null; mapped: boolean }

/**
 * After a sync of a region: the steps of the versions it wrote added, those of the versions they replaced taken
 * away, in one statement. A step may come to nothing and stay as a zero row: it adds nothing to any sum.
 */
export async function shiftCoverage(em: EntityManager, region: string, replaced: CoveredVersion[], written: CoveredVersion[]): Promise<void> {
  const steps = new Map<string, { products: number; mapped: number }>();
  const add = (day: string | null, sign: number, mapped: boolean) => {
    if (day === null) return;
    const step = steps.get(day) ?? { products: 0, mapped: 0 };
    step.products += sign;
    if (mapped) step.mapped += sign;
    steps.set(day, step);
  };
  for (const [versions, sign] of [[replaced, -1], [written, 1]] as const) {
    for (const v of versions) {
      add(v.validFrom, sign, v.mapped);
      add(v.validTo, -sign, v.mapped);
    }
  }
  const changed = [...steps].filter(([, step]) => step.products || step.mapped).map(([day, step]) => ({ day, ...step }));
  if (!changed.length) return;
  await executeBound(em,
    `insert into coverage_step (region_code, day, products, mapped)
     select ?, s.day, s.products, s.mapped from json_to_recordset(?::json) as s(day date, products int, mapped int)
     on conflict (region_code, day) do update set products = coverage_step.products + excluded.products, mapped = coverage_step.mapped + excluded.mapped`,
    [region, JSON.stringify(changed)]);
}

/**
 * Categories whose `category_product` rows a statement returned (`returning category_code`), each once; `before`:
 * the common table expressions it reads, each followed by a comma.
 */
export const categoriesOf = (statement: string, before = '') =>
  `with ${before} listed as (${statement} returning category_code) select distinct category_code as code from listed`;

/**
 * After a sync wrote products of a region: the category_product rows of those it changed replaced, and the segments
 * of every category they were or now are in recomputed, with those of `categories` (where the rows of the products it
 * created went, added by the statement that inserted them). Costs what the batch touched.
 */
export async function refreshProducts(em: EntityManager, region: string, changed: number[], categories: Iterable<string>): Promise<void> {
  const touched = new Set(categories);
  if (changed.length) {
    const add = (rows: { code: string }[]) => rows.forEach((row) => touched.add(row.code));
    add(await executeBound<{ code: string }>(em, categoriesOf('delete from category_product where product_id = any(?::int[])'), [changed]));
    // the ids on both sides: given them on one, the planner hash-joins every mapping (or product) in the country
    add(await executeBound<{ code: string }>(em, categoriesOf(productRows('lp.id = any(?::int[]) and pm.product_id = any(?::int[])')), [changed, changed]));
  }
  if (!touched.size) return;
  const scope = ofCategories(region, [...touched]);
  const [segments, params] = segmentRows(scope);
  await em.execute(`with gone as (delete from category_segment cp where ${scope.where('cp')}) ${segments}`, [...scope.params, ...params]);
}
