import { Migration } from '@mikro-orm/migrations';

export class Migration20261124123000 extends Migration {

  override name = 'Migration20261124123000';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null default now(), "subject" varchar(255) null, "roles" text[] not null, "operation" varchar(64) not null, "target" jsonb not null, "counts" jsonb not null, "outcome" varchar(32) not null);`);
    this.addSql(`create index "audit_event_subject_id_index" on "audit_event" ("subject", "id");`);
    this.addSql(`create index "audit_event_operation_id_index" on "audit_event" ("operation", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
  }

}
