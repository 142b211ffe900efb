import { Migration } from '@mikro-orm/migrations';

/**
 * category_product carries each version's unit and tariff (see src/domain/categorisation/readModels.ts): a sync's
 * segment statistics no longer look up every product of the categories it touched. Fills them from local_product.
 */
export class Migration20261125130000 extends Migration {

  override name = 'Migration20261125130000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "category_product" add column "unit" varchar(16) null, add column "tariff_cents" int null;`);
    // rows of products removed by hand (a rebuild would drop them too): they could not get a unit
    this.addSql(`delete from "category_product" cp where not exists (select from "local_product" lp where lp."id" = cp."product_id");`);
    this.addSql(`update "category_product" cp set "unit" = lp."unit", "tariff_cents" = lp."tariff_cents" from "local_product" lp where lp."id" = cp."product_id";`);
    this.addSql(`alter table "category_product" alter column "unit" set not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "category_product" drop column "unit", drop column "tariff_cents";`);
  }

}
