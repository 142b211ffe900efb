import { Migration } from '@mikro-orm/migrations';

export class Migration20261124021901 extends Migration {

  override name = 'Migration20261124021901';

  override up(): void | Promise<void> {
    this.addSql(`create table "membership_snapshot" ("year" smallint primary key, "loaded_at" timestamptz not null, "loaded_by" varchar(255) not null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "membership_snapshot" cascade;`);
  }

}
