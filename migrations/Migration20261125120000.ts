import { Migration } from '@mikro-orm/migrations';

/** The two references a sync writes into small reference tables, as [referencing table, column, referenced table, constraint]. */
const REFERENCES = [
  ['local_product', 'region_code', 'region', 'local_product_region_code_foreign'],
  ['product_mapping', 'category_code', 'category', 'product_mapping_category_code_foreign'],
] as const;

/**
 * A local product's region and a mapping's category are checked once per statement, for the distinct codes it
 * wrote, instead of once per row: PostgreSQL's foreign key check of each row (a lookup and a row lock in the
 * region or category table) cost as much as writing the row, about 60 ms of each in a 10,000-row sync of new
 * products. The checks keep a foreign key's promise, the constraint's name and its error (SQLSTATE 23503):
 *
 * - a statement writing a code that is not there fails, and locks the rows it references as a foreign key check
 *   does (`for key share`), so no other transaction removes them before it commits;
 * - deleting a region or category, or changing its code, fails while a product or mapping refers to it. Such a
 *   delete waits for the lock of a writer referring to it, and in READ COMMITTED (the default, which the API uses)
 *   its check sees what that writer committed. Under REPEATABLE READ it would not: remove reference rows in
 *   READ COMMITTED.
 *
 * The mapping's product stays a foreign key: it cascades, and it is not a small reference table.
 */
export class Migration20261125120000 extends Migration {

  override name = 'Migration20261125120000';

  override up(): void | Promise<void> {
    // tg_argv: referencing column, referenced table, its key, constraint name
    this.addSql(`create function check_reference() returns trigger language plpgsql as $$
      declare missing text;
      begin
        execute format('select from %I.%I r where r.%I in (select n.%I from new_rows n) for key share of r', tg_table_schema, tg_argv[1], tg_argv[2], tg_argv[0]);
        execute format('select n.%I from new_rows n where n.%I is not null and not exists (select from %I.%I r where r.%I = n.%I) limit 1',
                       tg_argv[0], tg_argv[0], tg_table_schema, tg_argv[1], tg_argv[2], tg_argv[0]) into missing;
        if missing is not null then
          raise foreign_key_violation using
            message = format('insert or update on table "%s" violates foreign key constraint "%s"', tg_table_name, tg_argv[3]),
            detail = format('Key (%s)=(%s) is not present in table "%s".', tg_argv[0], missing, tg_argv[1]),
            schema = tg_table_schema, table = tg_table_name, column = tg_argv[0], constraint = tg_argv[3];
        end if;
        return null;
      end $$;`);
    // tg_argv: key column, referencing table, referencing column, constraint name
    this.addSql(`create function refuse_orphans() returns trigger language plpgsql as $$
      declare orphaned text;
      begin
        execute format('select o.%I from old_rows o where exists (select from %I.%I x where x.%I = o.%I)', tg_argv[0], tg_table_schema, tg_argv[1], tg_argv[2], tg_argv[0])
             || case when tg_op = 'UPDATE' then format(' and not exists (select from new_rows n where n.%I = o.%I)', tg_argv[0], tg_argv[0]) else '' end
             || ' limit 1' into orphaned;
        if orphaned is not null then
          raise foreign_key_violation using
            message = format('update or delete on table "%s" violates foreign key constraint "%s" on table "%s"', tg_table_name, tg_argv[3], tg_argv[1]),
            detail = format('Key (%s)=(%s) is still referenced from table "%s".', tg_argv[0], orphaned, tg_argv[1]),
            schema = tg_table_schema, table = tg_argv[1], constraint = tg_argv[3];
        end if;
        return null;
      end $$;`);
    for (const [table, column, referenced, constraint] of REFERENCES) {
      const args = `'${column}', '${referenced}', 'code', '${constraint}'`;
      const orphanArgs = `'code', '${table}', '${column}', '${constraint}'`;
      this.addSql(`alter table "${table}" drop constraint "${constraint}";`);
      // a trigger with transition tables has one event
      this.addSql(`create trigger "${table}_${column}_inserted" after insert on "${table}" referencing new table as new_rows for each statement execute function check_reference(${args});`);
      this.addSql(`create trigger "${table}_${column}_updated" after update on "${table}" referencing new table as new_rows for each statement execute function check_reference(${args});`);
      this.addSql(`create trigger "${referenced}_code_deleted_in_${table}" after delete on "${referenced}" referencing old table as old_rows for each statement execute function refuse_orphans(${orphanArgs});`);
      this.addSql(`create trigger "${referenced}_code_updated_in_${table}" after update on "${referenced}" referencing old table as old_rows new table as new_rows for each statement execute function refuse_orphans(${orphanArgs});`);
    }
  }

  override down(): void | Promise<void> {
    for (const [table, column, referenced, constraint] of REFERENCES) {
      this.addSql(`drop trigger "${table}_${column}_inserted" on "${table}";`);
      this.addSql(`drop trigger "${table}_${column}_updated" on "${table}";`);
      this.addSql(`drop trigger "${referenced}_code_deleted_in_${table}" on "${referenced}";`);
      this.addSql(`drop trigger "${referenced}_code_updated_in_${table}" on "${referenced}";`);
      this.addSql(`alter table "${table}" add constraint "${constraint}" foreign key ("${column}") references "${referenced}" ("code");`);
    }
    this.addSql('drop function refuse_orphans();');
    this.addSql('drop function check_reference();');
  }

}
