/**
 * Upgrading a database that already holds products: the migrations that replace the region and category foreign
 * keys by statement checks (Migration20261125120000), give category_product each version's unit and tariff
 * (Migration20261125130000), keep there only a row per mapping (Migration20261125150000) and replace the mapping's
 * product foreign key too (Migration20261125160000) keep what is there, and all go back down.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openOrm } from '../src/db/orm.js';
import { createDatabase } from './helpers/api.js';
import { query } from './helpers/sql.js';

const BEFORE = 'Migration20261125090000';

let url: string;
let orm: MikroORM;
beforeAll(async () => {
  url = await createDatabase(inject('serverUrl'));
  orm = await openOrm(url);
  await orm.migrator.up({ to: BEFORE });
  // one product as the API then wrote it: mapped onto 45-BHI, so listed under 45-BHI and its parent 45
  await query(url, `insert into categorisation_version (code, valid_from, loaded_at) values ('2025', '2025-01-01', now());
    insert into category (code, name, name_en, level, parent_code, kind, version_code, valid_from) values
      ('45', 'Ambulant', 'Ambulatory', 1, null, 'JEUGDHULP', '2025', '2025-01-01'),
      ('45-BHI', 'Behandeling', 'Treatment', 2, '45', 'JEUGDHULP', '2025', '2025-01-01');
    insert into region (code, name) values ('JZ01', 'Groningen');
    insert into local_product (id, region_code, product_category, product_code, name, unit, tariff_cents, valid_from, created_at, updated_at)
      values (1, 'JZ01', '45', 'A1', 'Behandeling', 'DAYPART', 4000, '2025-01-01', now(), now());
    insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values (1, '45-BHI', 'EQUIVALENT', 'test', now());
    insert into category_product (category_code, region_code, product_category, product_code, valid_from, valid_to, product_id)
      values ('45', 'JZ01', '45', 'A1', '2025-01-01', null, 1), ('45-BHI', 'JZ01', '45', 'A1', '2025-01-01', null, 1);`);
});
afterAll(async () => { await orm?.close(); });

const foreignKeys = async () => (await query<{ conname: string }>(url,
  `select conname from pg_constraint where contype = 'f' and conrelid::regclass::text in ('local_product', 'product_mapping') order by conname`)).map((c) => c.conname);

const refusal = (sql: string) => query(url, sql).then(() => 'written', (error: { code: string; constraint: string }) => `${error.code} ${error.constraint}`);
const unknownCategory = () => refusal(`insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values (1, '45-NONE', 'EQUIVALENT', 'test', now())`);
const unknownProduct = () => refusal(`insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values (2, '45-BHI', 'EQUIVALENT', 'test', now())`);

describe('upgrading a database with products', () => {
  it('checks references by statement, gives category_product the unit and tariff, then only its row under the mapped category, then checks the product by statement too; down restores all', async () => {
    await orm.migrator.up({ to: 'Migration20261125130000' });
    expect(await query(url, 'select category_code, unit, tariff_cents from category_product order by category_code')).toEqual([
      { category_code: '45', unit: 'DAYPART', tariff_cents: 4000 },
      { category_code: '45-BHI', unit: 'DAYPART', tariff_cents: 4000 },
    ]);
    expect(await foreignKeys()).toEqual(['product_mapping_product_id_foreign']);
    expect(await unknownCategory()).toBe('23503 product_mapping_category_code_foreign');

    await orm.migrator.up();
    // the product is mapped onto 45-BHI only: 45 now finds it through its child
    expect(await query(url, 'select category_code, product_id from category_product')).toEqual([{ category_code: '45-BHI', product_id: 1 }]);
    expect(await foreignKeys()).toEqual([]);
    expect(await unknownProduct()).toBe('23503 product_mapping_product_id_foreign');
    expect(await query(url, 'select product_id, category_code from product_mapping')).toEqual([{ product_id: 1, category_code: '45-BHI' }]);

    await orm.migrator.down({ to: BEFORE });
    expect(await foreignKeys()).toEqual(['local_product_region_code_foreign', 'product_mapping_category_code_foreign', 'product_mapping_product_id_foreign']);
    expect(await query(url, `select count(*)::int as n from pg_trigger where not tgisinternal`)).toEqual([{ n: 0 }]);
    expect(await unknownCategory()).toBe('23503 product_mapping_category_code_foreign');
    expect(await unknownProduct()).toBe('23503 product_mapping_product_id_foreign');
    expect(await query(url, 'select category_code, product_id from category_product order by category_code')).toEqual([
      { category_code: '45', product_id: 1 }, { category_code: '45-BHI', product_id: 1 },
    ]);
  });
});
