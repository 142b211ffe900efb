import { Migration } from '@mikro-orm/migrations';

export class Migration20261124020441 extends Migration {

  override name = 'Migration20261124020441';

  override up(): void | Promise<void> {
    this.addSql(`create table "change" ("id" bigserial primary key, "batch_id" uuid not null, "entity" varchar(32) not null, "entity_key" varchar(255) not null, "region_code" varchar(4) null, "operation" varchar(8) not null, "before" jsonb null, "after" jsonb null, "principal" varchar(255) not null, "changed_at" timestamptz not null);`);
    this.addSql(`create index "change_region_code_id_index" on "change" ("region_code", "id");`);
    this.addSql(`create index "change_entity_id_index" on "change" ("entity", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "change" cascade;`);
  }

}
