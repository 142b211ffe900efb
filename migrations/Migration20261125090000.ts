import { Migration } from '@mikro-orm/migrations';

/**
 * The change feed keeps `before` and `after` as json, the text a batch sent: a 10,000-row sync no longer has
 * PostgreSQL build jsonb of every record (about a fifth of recording the feed), and no reader queries inside them.
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
