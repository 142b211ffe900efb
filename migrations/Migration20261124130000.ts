import { Migration } from '@mikro-orm/migrations';
import { rebuildAllSql } from '../src/domain/categorisation/readModels.js';

/** The categorisation read models (see src/domain/categorisation/readModels.ts), filled from what is there. */
export class Migration20261124130000 extends Migration {

  override name = 'Migration20261124130000';

  override up(): void | Promise<void> {
    this.addSql(`create table "category_product" ("category_code" varchar(16) not null, "region_code" varchar(4) not null, "product_category" varchar(2) not null, "product_code" varchar(5) not null, "valid_from" date not null, "valid_to" date null, "product_id" int not null);`);
    this.addSql(`create index "category_product_page_index" on "category_product" ("category_code", "region_code", "product_category", "product_code", "valid_from") include ("valid_to", "product_id");`);
    this.addSql(`create index "category_product_region_code_index" on "category_product" ("region_code");`);
    this.addSql(`create table "category_segment" ("category_code" varchar(16) not null, "region_code" varchar(4) not null, "unit" varchar(16) not null, "valid_from" date not null, "valid_to" date null, "product_count" int not null, "tariff_count" int not null, "min_cents" bigint null, "median_cents" bigint null, "max_cents" bigint null);`);
    this.addSql(`create index "category_segment_category_code_region_code_index" on "category_segment" ("category_code", "region_code");`);
    this.addSql(`create index "category_segment_region_code_index" on "category_segment" ("region_code");`);
    for (const sql of rebuildAllSql) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "category_product";`);
    this.addSql(`drop table if exists "category_segment";`);
  }

}
