import { Migration } from '@mikro-orm/migrations';

/**
 * The feed pages in (txid, id) order and counts only changes below the snapshot horizon (domain/changes/feed.ts),
 * so its per-region and per-entity indexes carry txid: a region's page is an index range scan and its totalCount
 * an index-only scan, where (region_code, id) made both visit every change of the region in the table.
 */
export class Migration20261124180000 extends Migration {

  override name = 'Migration20261124180000';

  override up(): void | Promise<void> {
    // built before the old ones go: dropping takes an exclusive lock, which would block feed reads for the builds
    this.addSql(`create index "change_region_code_txid_id_index" on "change" ("region_code", "txid", "id");`);
    this.addSql(`create index "change_entity_txid_id_index" on "change" ("entity", "txid", "id");`);
    this.addSql(`drop index if exists "change_region_code_id_index";`);
    this.addSql(`drop index if exists "change_entity_id_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "change_region_code_id_index" on "change" ("region_code", "id");`);
    this.addSql(`create index "change_entity_id_index" on "change" ("entity", "id");`);
    this.addSql(`drop index if exists "change_region_code_txid_id_index";`);
    this.addSql(`drop index if exists "change_entity_txid_id_index";`);
  }

}
