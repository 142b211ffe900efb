import { Migration } from '@mikro-orm/migrations';

/** What the start-up seed last wrote (src/db/seed/index.ts), so a warm start with nothing new skips it. */
export class Migration20261124160000 extends Migration {

  override name = 'Migration20261124160000';

  override up(): void | Promise<void> {
    this.addSql(`create table "seed_state" ("mode" varchar(16) not null primary key, "fingerprint" varchar(64) not null, "seeded_at" timestamptz not null default now());`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "seed_state";`);
  }

}
