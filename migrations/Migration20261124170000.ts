import { Migration } from '@mikro-orm/migrations';

/**
 * category_product's index on region_code served only rebuilding one region's read model (tests do that; the API
 * and `npm run rebuild-read-models` rebuild by category or all at once, through the page index or a full scan),
 * while every sync paid for keeping it: two entries per product version it writes.
 */
export class Migration20261124170000 extends Migration {

  override name = 'Migration20261124170000';

  override up(): void | Promise<void> {
    this.addSql(`drop index if exists "category_product_region_code_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "category_product_region_code_index" on "category_product" ("region_code");`);
  }

}
