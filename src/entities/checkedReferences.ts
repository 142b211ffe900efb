/**
 * References checked once per statement by triggers instead of a foreign key constraint (why, and what they keep
 * of one: migrations/Migration20261125120000.ts, which creates them and their functions). Declared on the entities
 * (see ./triggers.ts); tests/checkedReferences.test.ts checks the two agree.
 */
import type { TriggerDef } from '@mikro-orm/core';
import { statementTrigger } from './triggers.js';

interface CheckedReference { table: string; column: string; referenced: string; constraint: string }

export const productRegion: CheckedReference = { table: 'local_product', column: 'region_code', referenced: 'region', constraint: 'local_product_region_code_foreign' };
export const mappingCategory: CheckedReference = { table: 'product_mapping', column: 'category_code', referenced: 'category', constraint: 'product_mapping_category_code_foreign' };

/** The referencing table's triggers: what a statement writes must exist. */
export const referencingTriggers = ({ table, column, referenced, constraint }: CheckedReference): TriggerDef[] => {
  const call = `check_reference('${column}', '${referenced}', 'code', '${constraint}')`;
  return [
    statementTrigger(`${table}_${column}_inserted`, table, 'insert', 'new table as new_rows', call),
    statementTrigger(`${table}_${column}_updated`, table, 'update', 'new table as new_rows', call),
  ];
};

/**
 * The referenced table's triggers: a code still referred to may not go (deleted or changed). Its truncate trigger
 * is left out: MikroORM reads triggers from information_schema.triggers, which lists none for TRUNCATE.
 */
export const referencedTriggers = ({ table, column, referenced, constraint }: CheckedReference): TriggerDef[] => {
  const call = `refuse_orphans('code', '${table}', '${column}', '${constraint}')`;
  return [
    statementTrigger(`${referenced}_code_deleted_in_${table}`, referenced, 'delete', 'old table as old_rows', call),
    statementTrigger(`${referenced}_code_updated_in_${table}`, referenced, 'update', 'old table as old_rows new table as new_rows', call),
  ];
};
