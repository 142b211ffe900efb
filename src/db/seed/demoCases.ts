/**
 * National-scale demo case records, generated inside PostgreSQL so the first start stays fast: about 110,000
 * children with a measure starting between 2019 and mid-2026 (some 15,000 a year, about 40,000 with a measure in
 * any one year), one in ten OTS followed by a guardianship, and 0 to 4 youth-help items each (2 on average) from their region's
 * demo products. Deterministic: every value comes from an md5 of the child's number. Pseudonyms are md5 hex,
 * never a BSN. Written once, into a database without measures.
 *
 * Simplifications, for a demo only: municipalities are drawn uniformly (no population weights); a measure starting
 * before 2021 (where the CBS data begins) is filed under its municipality's region of 2021; youth help before 2023
 * (where the demo product lists begin) uses the 2023 product.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

export const DEMO_CHILDREN = 110_000;
/** The day the demo world stands still: later ends stay open, later starts are not yet known. */
export const DEMO_HORIZON = '2026-06-30';

const MEASURES = `
with kid as (
  select k, md5('demo-child-' || k) as client,
         ('x' || substr(md5('m' || k), 1, 8))::bit(32)::bigint as h1, ('x' || substr(md5('m' || k), 9, 8))::bit(32)::bigint as h2,
         ('x' || substr(md5('m' || k), 17, 8))::bit(32)::bigint as h3, ('x' || substr(md5('m' || k), 25, 8))::bit(32)::bigint as h4
    from generate_series(1, ?::int) k),
muni as (select array_agg(code order by code) as codes from municipality),
gis as (select array_agg(code order by code) as codes from certified_institution),
drawn as (
  select k, client, h2, h3, h4, date '2019-01-01' + (h1 % (date '2026-06-30' - date '2019-01-01'))::int as s,
         muni.codes[1 + h2 % array_length(muni.codes, 1)] as municipality, gis.codes[1 + h3 % array_length(gis.codes, 1)] as gi,
         case when h4 % 100 < 50 then 'OTS' when h4 % 100 < 58 then 'VOORLOPIGE_OTS' when h4 % 100 < 70 then 'VOOGDIJ'
              when h4 % 100 < 73 then 'VOORLOPIGE_VOOGDIJ' when h4 % 100 < 74 then 'TIJDELIJKE_VOOGDIJ' else 'JEUGDRECLASSERING' end as type
    from kid, muni, gis),
timed as materialized (
  select *, s + (case type when 'OTS' then 180 + h2 % 900 when 'VOORLOPIGE_OTS' then 14 + h2 % 80 when 'VOOGDIJ' then 365 + h2 % 3000
                           when 'VOORLOPIGE_VOOGDIJ' then 14 + h2 % 120 when 'TIJDELIJKE_VOOGDIJ' then 30 + h2 % 300 else 90 + h2 % 500 end)::int - 1 as e
    from drawn),
measures as (
  select gi, 'demo-m-' || k as external_id, client, municipality, type, s, case when e > date '${DEMO_HORIZON}' then null else e end as e from timed
  union all -- one in ten ended OTS turns into guardianship, within 1 to 40 days
  select gi, 'demo-g-' || k, client, municipality, 'VOOGDIJ', e + 1 + (h3 % 40)::int, null from timed
   where type = 'OTS' and h3 % 10 = 0 and e + 1 + (h3 % 40)::int <= date '${DEMO_HORIZON}')
insert into measure (institution_code, external_id, client, municipality_code, region_code, type, start_date, end_date)
select m.gi, m.external_id, m.client, m.municipality, rm.region_code, m.type, m.s, m.e
  from measures m join region_membership rm on rm.municipality_code = m.municipality
   and daterange(rm.valid_from, rm.valid_to) @> greatest(m.s, date '2021-01-01')`;

const YOUTH_HELP = `
with product as ( -- per region its youth-help products, as listed on 2023-01-01 and (indexed) on 2025-01-01: the same codes in the same order
  select lp.region_code,
         array_agg(lp.id order by lp.product_category, lp.product_code) filter (where lp.valid_from <= date '2023-01-01') as early,
         array_agg(lp.id order by lp.product_category, lp.product_code) filter (where daterange(lp.valid_from, lp.valid_to) @> date '2025-01-01') as late
    from local_product lp
   where exists (select 1 from product_mapping pm join category c on c.code = pm.category_code where pm.product_id = lp.id and c.kind = 'JEUGDHULP')
   group by lp.region_code),
item as (
  select m.client, m.region_code, m.municipality_code, m.start_date, m.external_id, j,
         ('x' || substr(md5(m.external_id || '/' || j), 1, 8))::bit(32)::bigint as g, ('x' || substr(md5(m.external_id || '/' || j), 9, 8))::bit(32)::bigint as g2
    from measure m
   cross join lateral generate_series(1, (('x' || substr(md5(m.external_id), 1, 2))::bit(8)::int % 5)) j
   where m.external_id like 'demo-m-%'),
dated as materialized (
  select i.*, i.start_date + (j * 97 + i.g % 60)::int - 30 as requested,
         case when i.g2 % 10 = 0 then null else i.start_date + (j * 97 + i.g % 60)::int - 30 + (i.g2 % 90)::int end as s
    from item i),
placed as (
  select d.*, case when d.s > date '${DEMO_HORIZON}' then null else d.s end as started,
         (case when coalesce(d.s, d.requested) < date '2025-01-01' then p.early else p.late end)[1 + d.g % array_length(p.early, 1)] as product_id
    from dated d join product p on p.region_code = d.region_code where d.requested <= date '${DEMO_HORIZON}')
insert into youth_help (region_code, external_id, client, municipality_code, product_category, product_code, product_id, requested, start_date, end_date)
select pl.region_code, 'demo-y-' || substr(pl.external_id, 8) || '-' || pl.j, pl.client, pl.municipality_code, lp.product_category, lp.product_code,
       lp.id, pl.requested, pl.started,
       case when pl.started + 30 + (pl.g % 365)::int > date '${DEMO_HORIZON}' then null else pl.started + 30 + (pl.g % 365)::int end
  from placed pl join local_product lp on lp.id = pl.product_id`;

export async function seedDemoCases(em: EntityManager): Promise<void> {
  const [{ any }] = await em.execute<{ any: boolean }[]>('select exists (select 1 from measure) as any');
  if (any) return;
  await em.transactional(async (tx) => {
    await tx.execute(MEASURES, [DEMO_CHILDREN]);
    await tx.execute(YOUTH_HELP);
  });
}
