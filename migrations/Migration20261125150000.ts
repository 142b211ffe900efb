import { Migration } from '@mikro-orm/migrations';

/**
 * category_product keeps a row per mapping only, no longer also one under the mapped category's parent: a level-1
 * category's products are read from its children's rows (src/domain/categorisation/readModels.ts). The segments stay
 * as they are: they already counted each product of a parent once.
 */
export class Migration20261125150000 extends Migration {

  override name = 'Migration20261125150000';

  override up(): void | Promise<void> {
    this.addSql(`delete from "category_product" cp
      where not exists (select from "product_mapping" pm where pm."product_id" = cp."product_id" and pm."category_code" = cp."category_code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`insert into "category_product" ("category_code", "region_code", "product_category", "product_code", "valid_from", "valid_to", "product_id", "unit", "tariff_cents")
      select distinct c."parent_code", cp."region_code", cp."product_category", cp."product_code", cp."valid_from", cp."valid_to", cp."product_id", cp."unit", cp."tariff_cents"
        from "category_product" cp join "category" c on c."code" = cp."category_code"
       where c."parent_code" is not null
         and not exists (select from "category_product" x where x."product_id" = cp."product_id" and x."category_code" = c."parent_code");`);
  }

}
