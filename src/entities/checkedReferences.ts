/**
 * References checked once per statement by triggers instead of a foreign key constraint (why, and what they keep
 * of one: migrations/Migration20261125120000.ts for a product's region and a mapping's category, and
 * migrations/Migration20261125160000.ts for a mapping's product, which cascades). Declared on the entities (see
 * ./triggers.ts); tests/checkedReferences.test.ts checks the two agree.
 */
import type { TriggerDef } from '@mikro-orm/core';
import { statementTrigger } from './triggers.js';

/** `table`.`column` refers to `referenced`.`key`, as the foreign key `constraint` would. */
interface CheckedReference { table: string; column: string; referenced: string; key: string; constraint: string }

export const productRegion: CheckedReference = { table: 'local_product', column: 'region_code', referenced: 'region', key: 'code', constraint: 'local_product_region_code_foreign' };
export const mappingCategory: CheckedReference = { table: 'product_mapping', column: 'category_code', referenced: 'category', key: 'code', constraint: 'product_mapping_category_code_foreign' };
export const mappingProduct: CheckedReference = { table: 'product_mapping', column: 'product_id', referenced: 'local_product', key: 'id', constraint: 'product_mapping_product_id_foreign' };

/** The referencing table's triggers: what a statement writes must exist. */
export const referencingTriggers = ({ table, column, referenced, key, constraint }: CheckedReference): TriggerDef[] => {
  const call = `check_reference('${column}', '${referenced}', '${key}', '${constraint}')`;
  return [
    statementTrigger(`${table}_${column}_inserted`, table, 'insert', 'new table as new_rows', call),
    statementTrigger(`${table}_${column}_updated`, table, 'update', 'new table as new_rows', call),
  ];
};

/**
 * The referenced table's triggers: a code still referred to may not go (deleted or changed). Its truncate trigger
 * is left out: MikroORM reads triggers from information_schema.triggers, which lists none for TRUNCATE.
 */
export const referencedTriggers = ({ table, column, referenced, key, constraint }: CheckedReference): TriggerDef[] => {
  const call = `refuse_orphans('${key}', '${table}', '${column}', '${constraint}')`;
  return [
    statementTrigger(`${referenced}_${key}_deleted_in_${table}`, referenced, 'delete', 'old table as old_rows', call),
    statementTrigger(`${referenced}_${key}_updated_in_${table}`, referenced, 'update', 'old table as old_rows new table as new_rows', call),
  ];
};

/**
 * The referenced table's triggers of a reference that cascades (ON DELETE CASCADE): what refers to a deleted row
 * goes with it. Changing a key still referred to is refused, checked per row and only when the key changes (a
 * statement trigger would read every updated product back, where a sync updates thousands). Its truncate trigger
 * is left out, as above.
 */
export const cascadingTriggers = ({ table, column, referenced, key, constraint }: CheckedReference): TriggerDef[] => [
  statementTrigger(`${referenced}_${key}_deleted_in_${table}`, referenced, 'delete', 'old table as old_rows', `cascade_deletes('${key}', '${table}', '${column}')`),
  {
    name: `${referenced}_${key}_updated_in_${table}`, timing: 'before', events: ['update'], forEach: 'row',
    expression: `create trigger "${referenced}_${key}_updated_in_${table}" before update of ${key} on "${referenced}" for each row `
      + `when ((old.${key} is distinct from new.${key})) execute function refuse_key_change('${key}', '${table}', '${column}', '${constraint}')`,
  },
];
