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
 * products. The checks keep a foreign key's promise, the constraint's name and its error (SQLSTATE 23503), and
 * run as the tables' owner, as PostgreSQL's own checks do:
 *
 * - a statement writing a code that is not there fails, and locks the rows it references as a foreign key check
 *   does (`for key share`, found and locked in one query), so no other transaction removes them before it
 *   commits. Unlike a foreign key it also checks (and locks) on an update that keeps the code;
 * - deleting a region or category, changing its code or truncating its table fails while a product or mapping
 *   refers to it (checked at the end of the statement, as NO ACTION). Such a delete waits for the lock of a writer
 *   referring to it, and in READ COMMITTED (the default, which the API uses) its check sees what that writer
 *   committed. Under REPEATABLE READ it would not: remove reference rows in READ COMMITTED.
 *
 * The mapping's product stays a foreign key: it cascades, and it is not a small reference table. src/entities/
 * checkedReferences.ts declares the triggers to MikroORM; a change to them needs a migration like this one.
 */
export class Migration20261125120000 extends Migration {

  override name = 'Migration20261125120000';

  override up(): void | Promise<void> {
    // tg_argv: referencing column, referenced table, its key, constraint name
    this.addSql(`create or replace function check_reference() returns trigger language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      declare missing text;
      begin
        -- the distinct codes first: the statement's rows are read once (a sixth of the time for 10,000 rows)
        execute format('with codes as (select distinct n.%4$I as key from new_rows n where n.%4$I is not null),
                        found as materialized (select r.%3$I as key from %1$I.%2$I r where r.%3$I in (select key from codes) for key share of r)
                        select key from codes where key not in (select key from found) limit 1',
                       tg_table_schema, tg_argv[1], tg_argv[2], tg_argv[0]) into missing;
        if missing is not null then
          raise foreign_key_violation using
            message = format('insert or update on table "%s" violates foreign key constraint "%s"', tg_table_name, tg_argv[3]),
            detail = format('Key (%s)=(%s) is not present in table "%s".', tg_argv[0], missing, tg_argv[1]),
            schema = tg_table_schema, table = tg_table_name, constraint = tg_argv[3];
        end if;
        return null;
      end $$;`);
    // tg_argv: key column, referencing table, referencing column, constraint name
    this.addSql(`create or replace function refuse_orphans() returns trigger language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      declare orphaned text;
      begin
        if tg_op = 'TRUNCATE' then
          execute format('select x.%I from %I.%I x limit 1', tg_argv[2], tg_table_schema, tg_argv[1]) into orphaned;
        else
          -- a key the statement took away, not there after it, and still referred to
          execute format('select o.%1$I from old_rows o where not exists (select from %2$I.%3$I r where r.%1$I = o.%1$I)
                          and exists (select from %2$I.%4$I x where x.%5$I = o.%1$I) limit 1',
                         tg_argv[0], tg_table_schema, tg_table_name, tg_argv[1], tg_argv[2]) into orphaned;
        end if;
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
      this.addSql(`create trigger "${referenced}_truncated_in_${table}" after truncate on "${referenced}" for each statement execute function refuse_orphans(${orphanArgs});`);
    }
  }

  override down(): void | Promise<void> {
    for (const [table, column, referenced, constraint] of REFERENCES) {
      this.addSql(`drop trigger "${table}_${column}_inserted" on "${table}";`);
      this.addSql(`drop trigger "${table}_${column}_updated" on "${table}";`);
      this.addSql(`drop trigger "${referenced}_code_deleted_in_${table}" on "${referenced}";`);
      this.addSql(`drop trigger "${referenced}_code_updated_in_${table}" on "${referenced}";`);
      this.addSql(`drop trigger "${referenced}_truncated_in_${table}" on "${referenced}";`);
      // validates what is there: fails if rows referring to nothing got in meanwhile (with triggers disabled)
      this.addSql(`alter table "${table}" add constraint "${constraint}" foreign key ("${column}") references "${referenced}" ("code");`);
    }
    this.addSql('drop function if exists refuse_orphans();');
    this.addSql('drop function if exists check_reference();');
  }

}
