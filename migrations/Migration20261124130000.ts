import { Migration } from '@mikro-orm/migrations';

/**
 * The categorisation read models (see src/domain/categorisation/readModels.ts), filled from what is there by the
 * rebuild as it was then (a migration keeps its own SQL: later changes to the read models have migrations of theirs).
 */
export class Migration20261124130000 extends Migration {

  override name = 'Migration20261124130000';

  override up(): void | Promise<void> {
    this.addSql(`create table "category_product" ("category_code" varchar(16) not null, "region_code" varchar(4) not null, "product_category" varchar(2) not null, "product_code" varchar(5) not null, "valid_from" date not null, "valid_to" date null, "product_id" int not null);`);
    this.addSql(`create index "category_product_page_index" on "category_product" ("category_code", "region_code", "product_category", "product_code", "valid_from") include ("valid_to", "product_id");`);
    this.addSql(`create index "category_product_region_code_index" on "category_product" ("region_code");`);
    this.addSql(`create table "category_segment" ("category_code" varchar(16) not null, "region_code" varchar(4) not null, "unit" varchar(16) not null, "valid_from" date not null, "valid_to" date null, "product_count" int not null, "tariff_count" int not null, "min_cents" bigint null, "median_cents" bigint null, "max_cents" bigint null);`);
    this.addSql(`create index "category_segment_category_code_region_code_index" on "category_segment" ("category_code", "region_code");`);
    this.addSql(`create index "category_segment_region_code_index" on "category_segment" ("region_code");`);
    this.addSql(`insert into category_product (category_code, region_code, product_category, product_code, valid_from, valid_to, product_id)
  select distinct a.code, lp.region_code, lp.product_category, lp.product_code, lp.valid_from, lp.valid_to, lp.id
    from local_product lp
    join product_mapping pm on pm.product_id = lp.id
    join category c on c.code = pm.category_code
    cross join lateral unnest(array[c.code, c.parent_code]) as a(code)
   where a.code is not null`);
    this.addSql(`insert into category_segment (category_code, region_code, unit, valid_from, valid_to, product_count, tariff_count, min_cents, median_cents, max_cents)
  with bounds as (
    select distinct cp.region_code, cp.category_code, b.day
      from category_product cp cross join lateral (values (cp.valid_from), (cp.valid_to)) as b(day)
     where b.day is not null),
  segments as (
    select region_code, category_code, day as seg_from, lead(day) over (partition by region_code, category_code order by day) as seg_to from bounds),
  valued as (
    select cp.category_code, cp.region_code, s.seg_from, s.seg_to, (case lp.unit when 'MINUTE' then 'HOUR' when 'HOUR' then 'HOUR' when 'DAYPART' then 'HOUR' when 'ETMAAL' then 'ETMAAL' when 'PIECE_OUTPUT' then 'PIECE_OUTPUT' when 'PIECE_EFFORT' then 'PIECE_EFFORT' end) as unit, (case lp.unit when 'MINUTE' then lp.tariff_cents::numeric * 60 when 'HOUR' then lp.tariff_cents::numeric * 1 when 'DAYPART' then round(lp.tariff_cents::numeric / 4) when 'ETMAAL' then lp.tariff_cents::numeric * 1 when 'PIECE_OUTPUT' then lp.tariff_cents::numeric * 1 when 'PIECE_EFFORT' then lp.tariff_cents::numeric * 1 end) as value
      from segments s
      join category_product cp on cp.region_code = s.region_code and cp.category_code = s.category_code
                              and cp.valid_from <= s.seg_from and (cp.valid_to is null or cp.valid_to >= s.seg_to)
      join local_product lp on lp.id = cp.product_id)
  select category_code, region_code, coalesce(unit, ''), seg_from, seg_to, count(*), count(value),
         min(value)::bigint, round((percentile_cont(0.5) within group (order by value))::numeric)::bigint, max(value)::bigint
    from valued group by category_code, region_code, unit, seg_from, seg_to`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "category_product";`);
    this.addSql(`drop table if exists "category_segment";`);
  }

}
