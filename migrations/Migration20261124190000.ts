import { Migration } from '@mikro-orm/migrations';

/**
 * The read model mappingCoverage answers from (see src/domain/categorisation/readModels.ts), filled from what is
 * there by the rebuild as it was then.
 */
export class Migration20261124190000 extends Migration {

  override name = 'Migration20261124190000';

  override up(): void | Promise<void> {
    this.addSql(`create table "coverage_step" ("region_code" varchar(4) not null, "day" date not null, "products" int not null, "mapped" int not null, constraint "coverage_step_pkey" primary key ("region_code", "day"));`);
    this.addSql(`insert into coverage_step (region_code, day, products, mapped)
  select p.region_code, e.day, sum(e.step), coalesce(sum(e.step) filter (where p.mapped), 0)
    from (select lp.region_code, lp.valid_from, lp.valid_to, exists (select 1 from product_mapping pm where pm.product_id = lp.id) as mapped
            from local_product lp) as p
    cross join lateral (values (p.valid_from, 1), (p.valid_to, -1)) as e(day, step)
   where e.day is not null
   group by p.region_code, e.day
  having sum(e.step) <> 0 or coalesce(sum(e.step) filter (where p.mapped), 0) <> 0`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "coverage_step";`);
  }

}
