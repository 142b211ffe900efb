import { Migration } from '@mikro-orm/migrations';

export class Migration20261124120000 extends Migration {

  override name = 'Migration20261124120000';

  override up(): void | Promise<void> {
    // Rows written before this migration all get its transaction id: they sort among themselves by id.
    this.addSql(`alter table "change" add column "txid" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "change_txid_id_index" on "change" ("txid", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "change_txid_id_index";`);
    this.addSql(`alter table "change" drop column "txid";`);
  }

}
