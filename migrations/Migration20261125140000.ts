import { Migration } from '@mikro-orm/migrations';

/**
 * The change feed's per-region and per-entity indexes give way to `change_tx`: per transaction, region and entity,
 * how many changes it wrote, kept by a statement trigger on `change` (so every writer keeps it, whatever writes).
 *
 * A sync's 10,000 changes all fall under one (region, entity) key inside those two indexes, where each entry cost a
 * descent from the root: 30 to 50 ms of a 10,000-row sync of about 550 ms (2 cores). Entries in the two that stay,
 * on id and (txid, id), go to their rightmost page, which PostgreSQL appends to without a descent. A filtered page now finds its transactions in
 * `change_tx` (one row per batch, not per change) and reads their changes in (txid, id) order; totalCount adds up
 * the counts instead of counting changes. See src/domain/changes/feed.ts.
 */
export class Migration20261125140000 extends Migration {

  override name = 'Migration20261125140000';

  override up(): void | Promise<void> {
    this.addSql(`create table "change_tx" ("txid" xid8 not null, "region_code" varchar(4) null, "entity" varchar(32) not null, "changes" int not null);`);
    // one row per key, also for changes of no region: the trigger adds to it
    this.addSql(`create unique index "change_tx_txid_region_code_entity_unique" on "change_tx" ("txid", "region_code", "entity") nulls not distinct;`);
    this.addSql(`create index "change_tx_region_code_txid_index" on "change_tx" ("region_code", "txid");`);
    this.addSql(`create index "change_tx_entity_txid_index" on "change_tx" ("entity", "txid");`);
    this.addSql(`insert into "change_tx" ("txid", "region_code", "entity", "changes") select "txid", "region_code", "entity", count(*) from "change" group by 1, 2, 3;`);
    this.addSql(`create or replace function count_changes() returns trigger language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      begin
        execute format('insert into %1$I.change_tx (txid, region_code, entity, changes)
                        select n.txid, n.region_code, n.entity, count(*) from new_rows n group by 1, 2, 3
                        on conflict (txid, region_code, entity) do update set changes = change_tx.changes + excluded.changes', tg_table_schema);
        return null;
      end $$;`);
    this.addSql(`create trigger "change_counted" after insert on "change" referencing new table as new_rows for each statement execute function count_changes();`);
    this.addSql(`drop index if exists "change_region_code_txid_id_index";`);
    this.addSql(`drop index if exists "change_entity_txid_id_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "change_region_code_txid_id_index" on "change" ("region_code", "txid", "id");`);
    this.addSql(`create index "change_entity_txid_id_index" on "change" ("entity", "txid", "id");`);
    this.addSql(`drop trigger "change_counted" on "change";`);
    this.addSql('drop function if exists count_changes();');
    this.addSql(`drop table "change_tx";`);
  }

}
