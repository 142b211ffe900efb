import { Migration } from '@mikro-orm/migrations';

/**
 * The change feed keeps `before` and `after` as json (see src/domain/changes/record.ts). Rewrites the table under
 * an exclusive lock: see the README's upgrading notes.
 */
export class Migration20261125090000 extends Migration {

  override name = 'Migration20261125090000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "change" alter column "before" type json using "before"::json, alter column "after" type json using "after"::json;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "change" alter column "before" type jsonb using "before"::jsonb, alter column "after" type jsonb using "after"::jsonb;`);
  }

}
