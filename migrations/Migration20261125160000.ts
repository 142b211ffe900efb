import { Migration } from '@mikro-orm/migrations';

const CONSTRAINT = 'product_mapping_product_id_foreign';
const CHECK = `check_reference('product_id', 'local_product', 'id', '${CONSTRAINT}')`;

/**
 * A mapping's product is checked once per statement by triggers, as its region and category already are
 * (Migration20261125120000), instead of by the foreign key product_mapping_product_id_foreign. PostgreSQL checked
 * each mapping on its own: a lookup and a row lock (`for key share`, written to the product's row and to the WAL) of
 * the product, about 20 ms of a 10,000-row sync of new products (2 cores), for products that same transaction had
 * just inserted and that no other transaction could see, let alone delete.
 *
 * `check_reference` now locks only the rows it finds that another transaction wrote. A row this transaction wrote
 * (inserted, or updated and so already locked by it) needs no lock: no one else can delete it before it commits. It
 * checks the same as before, for the region and category references too. The triggers keep what the constraint
 * promised, its name and its error (SQLSTATE 23503):
 *
 * - a statement writing a mapping of a product that is not there fails;
 * - deleting products deletes their mappings (ON DELETE CASCADE), at the end of the statement. A delete waits for
 *   the lock of a writer mapping onto the product, and in READ COMMITTED (which the API uses) the cascade then
 *   sees and deletes what that writer committed. Under REPEATABLE READ it would not: delete products in READ
 *   COMMITTED;
 * - changing the id of a product that has mappings, or truncating local_product without product_mapping, fails.
 *
 * Going down restores the foreign key (validating what is there) and leaves check_reference as it is: it checks the
 * same, and locks less.
 */
export class Migration20261125160000 extends Migration {

  override name = 'Migration20261125160000';

  override up(): void | Promise<void> {
    // tg_argv: referencing column, referenced table, its key, constraint name
    this.addSql(`create or replace function check_reference() returns trigger language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      declare missing text;
      begin
        -- the distinct keys first: the statement's rows are read once (a sixth of the time for 10,000 rows); only rows
        -- another transaction wrote are locked (found, then locked: one that went meanwhile is not locked, so missing)
        execute format('with keys as (select distinct n.%4$I as key from new_rows n where n.%4$I is not null),
                        found as materialized (select r.%3$I as key, r.xmin = pg_current_xact_id()::xid as ours
                                                 from %1$I.%2$I r where r.%3$I in (select key from keys)),
                        locked as materialized (select r.%3$I as key from %1$I.%2$I r
                                                 where r.%3$I in (select key from found where not ours) for key share of r)
                        select key from keys where key not in (select key from found where ours union all select key from locked) limit 1',
                       tg_table_schema, tg_argv[1], tg_argv[2], tg_argv[0]) into missing;
        if missing is not null then
          raise foreign_key_violation using
            message = format('insert or update on table "%s" violates foreign key constraint "%s"', tg_table_name, tg_argv[3]),
            detail = format('Key (%s)=(%s) is not present in table "%s".', tg_argv[0], missing, tg_argv[1]),
            schema = tg_table_schema, table = tg_table_name, constraint = tg_argv[3];
        end if;
        return null;
      end $$;`);
    // tg_argv: key column, referencing table, referencing column
    this.addSql(`create or replace function cascade_deletes() returns trigger language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      begin
        execute format('delete from %1$I.%2$I x where x.%3$I in (select o.%4$I from old_rows o)', tg_table_schema, tg_argv[1], tg_argv[2], tg_argv[0]);
        return null;
      end $$;`);
    // tg_argv: key column, referencing table, referencing column, constraint name; a row trigger, run when the key changes
    this.addSql(`create or replace function refuse_key_change() returns trigger language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      declare referred text;
      begin
        execute format('select ($1).%1$I::text from %2$I.%3$I x where x.%4$I = ($1).%1$I limit 1', tg_argv[0], tg_table_schema, tg_argv[1], tg_argv[2])
          using old into referred;
        if referred is not null then
          raise foreign_key_violation using
            message = format('update or delete on table "%s" violates foreign key constraint "%s" on table "%s"', tg_table_name, tg_argv[3], tg_argv[1]),
            detail = format('Key (%s)=(%s) is still referenced from table "%s".', tg_argv[0], referred, tg_argv[1]),
            schema = tg_table_schema, table = tg_argv[1], constraint = tg_argv[3];
        end if;
        return new;
      end $$;`);
    this.addSql(`alter table "product_mapping" drop constraint "${CONSTRAINT}";`);
    // a trigger with transition tables has one event
    this.addSql(`create trigger "product_mapping_product_id_inserted" after insert on "product_mapping" referencing new table as new_rows for each statement execute function ${CHECK};`);
    this.addSql(`create trigger "product_mapping_product_id_updated" after update on "product_mapping" referencing new table as new_rows for each statement execute function ${CHECK};`);
    this.addSql(`create trigger "local_product_id_deleted_in_product_mapping" after delete on "local_product" referencing old table as old_rows for each statement execute function cascade_deletes('id', 'product_mapping', 'product_id');`);
    this.addSql(`create trigger "local_product_id_updated_in_product_mapping" before update of id on "local_product" for each row when (old.id is distinct from new.id) execute function refuse_key_change('id', 'product_mapping', 'product_id', '${CONSTRAINT}');`);
    this.addSql(`create trigger "local_product_truncated_in_product_mapping" after truncate on "local_product" for each statement execute function refuse_orphans('id', 'product_mapping', 'product_id', '${CONSTRAINT}');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger "product_mapping_product_id_inserted" on "product_mapping";`);
    this.addSql(`drop trigger "product_mapping_product_id_updated" on "product_mapping";`);
    this.addSql(`drop trigger "local_product_id_deleted_in_product_mapping" on "local_product";`);
    this.addSql(`drop trigger "local_product_id_updated_in_product_mapping" on "local_product";`);
    this.addSql(`drop trigger "local_product_truncated_in_product_mapping" on "local_product";`);
    // validates what is there: fails if mappings of no product got in meanwhile (with triggers disabled)
    this.addSql(`alter table "product_mapping" add constraint "${CONSTRAINT}" foreign key ("product_id") references "local_product" ("id") on delete cascade;`);
    this.addSql('drop function if exists refuse_key_change();');
    this.addSql('drop function if exists cascade_deletes();');
  }

}
