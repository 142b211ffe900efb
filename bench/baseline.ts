/**
 * The raw-SQL baseline: for each measured question the best single hand-written statement over the same tables
 * that returns the same answer, sent with plain `pg`. The bench reports the API's ratio to it.
 */
import { normalisedTariffSql } from '../src/reference/units.js';

export interface BaselineQuery { sql: string; params: unknown[] }

const valid = (alias: string, date: string) => `daterange(${alias}.valid_from, ${alias}.valid_to) @> ${date}::date`;
const normalised = normalisedTariffSql('lp.unit', 'lp.tariff_cents');
const MAPPED_INTO = (category: string) => `exists (select 1 from product_mapping pm join category c on c.code = pm.category_code
   where pm.product_id = lp.id and (c.code = ${category} or c.parent_code = ${category}))`;

export const BASELINE: Record<string, (v: Record<string, any>) => BaselineQuery> = {
  Region: (v) => ({
    sql: `select r.code, r.name,
            (select coalesce(json_agg(distinct m.province_code), '[]') from region_membership rm join municipality m on m.code = rm.municipality_code
              where rm.region_code = r.code and ${valid('rm', '$2')}) as provinces,
            (select coalesce(json_agg(json_build_object('code', m.code, 'name', m.name, 'validFrom', m.valid_from, 'validTo', m.valid_to) order by m.code), '[]')
               from region_membership rm join municipality m on m.code = rm.municipality_code
              where rm.region_code = r.code and ${valid('rm', '$2')}) as municipalities
            from region r where r.code = $1`,
    params: [v.code, v.on],
  }),
  Municipality: (v) => ({
    sql: `select m.code, m.name, m.valid_from, m.valid_to, p.code as province_code, p.name as province_name,
                 r.code as region_code, r.name as region_name, s.code as successor_code, s.name as successor_name
            from municipality m join province p on p.code = m.province_code
            left join region_membership rm on rm.municipality_code = m.code and ${valid('rm', '$2')}
            left join region r on r.code = rm.region_code
            left join municipality s on s.code = m.successor_code
           where m.code = $1`,
    params: [v.code, v.on],
  }),
  Translate: (v) => ({
    sql: `select lp.product_category, lp.product_code, lp.name, lp.unit, lp.tariff_cents, lp.valid_from, lp.valid_to,
                 coalesce((select json_agg(json_build_object('relationship', pm.relationship, 'code', c.code, 'name', c.name, 'level', c.level) order by c.code)
                   from product_mapping pm join category c on c.code = pm.category_code where pm.product_id = lp.id), '[]') as matches
            from local_product lp
           where lp.region_code = $1 and lp.product_category = $2 and lp.product_code = $3 and ${valid('lp', '$4')}`,
    params: [v.region, v.productCategory, v.productCode, v.on],
  }),
  LocalProductsForCategory: (v) => ({
    sql: `with matched as (select lp.* from local_product lp where ${valid('lp', '$1')} and ${MAPPED_INTO('$2')})
          select (select count(*)::int from matched) as "totalCount",
                 (select coalesce(json_agg(page), '[]') from (
                    select region_code, product_category, product_code, name, unit, tariff_cents from matched
                     order by region_code, product_category, product_code limit $3) page) as edges`,
    params: [v.on, v.category, v.first],
  }),
  MappingCoverage: (v) => ({
    sql: `select r.code, count(lp.id)::int as "productCount",
                 (count(lp.id) filter (where exists (select 1 from product_mapping pm where pm.product_id = lp.id)))::int as "mappedCount"
            from region r left join local_product lp on lp.region_code = r.code and ${valid('lp', '$1')}
           group by r.code order by r.code`,
    params: [v.on],
  }),
  CompareRegions: (v) => ({
    sql: `with matched as (
            select lp.region_code, ${normalised.unit} as unit, ${normalised.value} as value
              from local_product lp where ${valid('lp', '$1')} and ${MAPPED_INTO('$2')}),
          stats as (
            select region_code, unit, sum(count(*)) over (partition by region_code)::int as product_count,
                   count(value)::int as count, min(value) as min, max(value) as max,
                   round((percentile_cont(0.5) within group (order by value))::numeric) as median
              from matched group by region_code, unit)
          select r.code, r.name, coalesce(max(s.product_count), 0) as "productCount",
                 coalesce(json_agg(json_build_object('unit', s.unit, 'count', s.count, 'min', s.min, 'median', s.median, 'max', s.max))
                          filter (where s.unit is not null and s.count > 0), '[]') as tariffs
            from region r left join stats s on s.region_code = r.code group by r.code, r.name order by r.code`,
    params: [v.on, v.category],
  }),
};

/**
 * The change feed of one region after a change already seen, in the feed's order (see src/domain/changes/feed.ts): the
 * region's next transactions from change_tx, then their changes by (txid, id).
 */
export const changesBaseline = (region: string, afterId: string, first: number): BaselineQuery => ({
  sql: `with seen as (select y.txid, y.id from change y where y.id = $2)
        select c.id::text as id, c.entity_key, c.operation, c.after from change c
         where c.txid = any(array(select x.txid from change_tx x
                                   where x.region_code = $1 and x.txid < pg_snapshot_xmin(pg_current_snapshot())
                                     and x.txid >= (select seen.txid from seen)
                                   group by x.txid order by x.txid limit $3 + 1))
           and c.region_code = $1 and (c.txid, c.id) > (select seen.txid, seen.id from seen)
         order by c.txid, c.id limit $3`,
  params: [region, afterId, first],
});

/**
 * A sync's baseline: the same new product versions and their mappings written by one hand-written statement (no
 * checks, no change feed, no read models). `products` as syncLocalProducts takes them, each with one mapping.
 */
export const syncBaseline = (region: string, products: object[], by: string): BaselineQuery => ({
  sql: `with p as (
          insert into local_product (region_code, product_category, product_code, name, unit, tariff_cents, valid_from, created_at, updated_at)
          select $1, r."productCategory", r."productCode", r.name, r.unit, r."tariffCents", r."validFrom", now(), now()
            from json_to_recordset($2::json) as r("productCategory" text, "productCode" text, name text, unit text, "tariffCents" int, "validFrom" date)
          returning id, product_category, product_code)
        insert into product_mapping (product_id, category_code, relationship, set_by, set_at)
        select p.id, m.category, 'EQUIVALENT', $3, now()
          from p join json_to_recordset($2::json) as r("productCategory" text, "productCode" text, mappings json)
            on r."productCategory" = p.product_category and r."productCode" = p.product_code
          cross join json_to_recordset(r.mappings) as m(category text)`,
  params: [region, JSON.stringify(products), by],
});
