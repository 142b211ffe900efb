/**
 * A local product's region and a mapping's category are checked once per statement by triggers, not by foreign key
 * constraints (migrations/Migration20261125120000.ts). They must keep what the constraints promised, written by
 * hand in SQL as anyone with database access could: nothing refers to a code that is not there, whatever writes it.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mappingCategory, productRegion, referencedTriggers, referencingTriggers } from '../src/entities/checkedReferences.js';
import { startApi, type TestApi } from './helpers/api.js';
import { query } from './helpers/sql.js';

let api: TestApi;
beforeAll(async () => { api = await startApi('reference'); });
afterAll(async () => { await api?.close(); });

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => query<T>(api.databaseUrl, text, params);

/** What PostgreSQL answered when `run` failed: the SQLSTATE, the constraint it names and its detail. */
async function refusal(run: Promise<unknown>) {
  const error = await run.then(() => undefined, (e: pg.DatabaseError) => e);
  return error && { code: error.code, constraint: error.constraint, detail: error.detail };
}

const insertProduct = (region: string, code: string) => sql(
  `insert into local_product (region_code, product_category, product_code, name, unit, tariff_cents, valid_from, created_at, updated_at)
   values ($1, '45', $2, 'Test', 'HOUR', 100, '2025-01-01', now(), now()) returning id`, [region, code]);

const productCount = async () => Number((await sql('select count(*) as n from local_product'))[0].n);

/** A region nothing else refers to (no municipalities, contracts or measures), so only its products can hold it. */
async function lonelyRegion(code: string) {
  await sql(`insert into region (code, name) values ($1, 'Test region')`, [code]);
}

describe('a product refers to a region that exists', () => {
  it('a statement writing one product of an unknown region writes none of its products', async () => {
    const before = await productCount();
    expect(await refusal(sql(
      `insert into local_product (region_code, product_category, product_code, name, unit, tariff_cents, valid_from, created_at, updated_at)
       values ('JZ01', '45', 'R1', 'Known', 'HOUR', 100, '2025-01-01', now(), now()),
              ('JZ99', '45', 'R2', 'Unknown', 'HOUR', 100, '2025-01-01', now(), now())`,
    ))).toEqual({ code: '23503', constraint: 'local_product_region_code_foreign', detail: 'Key (region_code)=(JZ99) is not present in table "region".' });
    expect(await productCount()).toBe(before);
  });

  it('moving a product to an unknown region is refused', async () => {
    const [{ id }] = await insertProduct('JZ01', 'R3');
    expect(await refusal(sql(`update local_product set region_code = 'JZ98' where id = $1`, [id])))
      .toMatchObject({ code: '23503', constraint: 'local_product_region_code_foreign' });
    expect(await sql('select region_code from local_product where id = $1', [id])).toEqual([{ region_code: 'JZ01' }]);
  });

  it('a region with products cannot be deleted or renamed; without them it can', async () => {
    await lonelyRegion('JZ90');
    const [{ id }] = await insertProduct('JZ90', 'R4');
    const held = { code: '23503', constraint: 'local_product_region_code_foreign', detail: 'Key (code)=(JZ90) is still referenced from table "local_product".' };
    expect(await refusal(sql(`delete from region where code = 'JZ90'`))).toEqual(held);
    expect(await refusal(sql(`update region set code = 'JZ91' where code = 'JZ90'`))).toEqual(held);
    // a change that keeps the code is no orphaning
    await sql(`update region set name = 'Renamed' where code = 'JZ90'`);

    await sql('delete from local_product where id = $1', [id]);
    await sql(`delete from region where code = 'JZ90'`);
    expect(await sql(`select code from region where code = 'JZ90'`)).toEqual([]);
  });

  it('a region table truncated (with what its foreign keys cascade to) is refused while products refer to a region', async () => {
    const before = await sql('select count(*)::int as n from region');
    expect(await refusal(sql('truncate region cascade'))).toMatchObject({ code: '23503', constraint: 'local_product_region_code_foreign' });
    expect(await sql('select count(*)::int as n from region')).toEqual(before);
  });

  it('a region deleted while a product referring to it is written but not yet committed stays', async () => {
    await lonelyRegion('JZ92');
    const writer = new pg.Client({ connectionString: api.databaseUrl });
    const remover = new pg.Client({ connectionString: api.databaseUrl });
    await Promise.all([writer.connect(), remover.connect()]);
    try {
      await writer.query('begin');
      await writer.query(
        `insert into local_product (region_code, product_category, product_code, name, unit, tariff_cents, valid_from, created_at, updated_at)
         values ('JZ92', '45', 'R5', 'Test', 'HOUR', 100, '2025-01-01', now(), now())`);
      await remover.query(`set statement_timeout = '10s'`);
      const removal = refusal(remover.query(`delete from region where code = 'JZ92'`));
      // the delete waits for the writer's lock on the region row, as it would for a foreign key check's
      await expect.poll(async () => (await sql(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like 'delete from region%'`,
      ))[0].n).toBe(1);
      await writer.query('commit');
      expect(await removal).toMatchObject({ code: '23503', constraint: 'local_product_region_code_foreign' });
      expect(await sql(`select code from region where code = 'JZ92'`)).toEqual([{ code: 'JZ92' }]);
    } finally {
      await Promise.all([writer.end(), remover.end()]);
    }
  });
});

describe('a mapping refers to a shared category that exists', () => {
  it('a mapping onto an unknown category is refused, as is changing one to it', async () => {
    const [{ id }] = await insertProduct('JZ01', 'M1');
    expect(await refusal(sql(
      `insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values ($1, '45-BHI', 'EQUIVALENT', 't', now()), ($1, '45-NOPE', 'EQUIVALENT', 't', now())`, [id],
    ))).toEqual({ code: '23503', constraint: 'product_mapping_category_code_foreign', detail: 'Key (category_code)=(45-NOPE) is not present in table "category".' });
    expect(await sql('select category_code from product_mapping where product_id = $1', [id])).toEqual([]);

    await sql(`insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values ($1, '45-BHI', 'EQUIVALENT', 't', now())`, [id]);
    expect(await refusal(sql(`update product_mapping set category_code = '45-NOPE' where product_id = $1`, [id])))
      .toMatchObject({ code: '23503', constraint: 'product_mapping_category_code_foreign' });
  });

  it('a category with mappings cannot be deleted or get another code', async () => {
    // a category of its own, so no provider, report or child category holds it
    await sql(`insert into category (code, name, name_en, level, parent_code, kind, version_code, valid_from)
               select 'ZZ-TEST', 'Test', 'Test', 2, '45', kind, version_code, valid_from from category where code = '45-BHI'`);
    const [{ id }] = await insertProduct('JZ01', 'M2');
    await sql(`insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values ($1, 'ZZ-TEST', 'EQUIVALENT', 't', now())`, [id]);
    const held = { code: '23503', constraint: 'product_mapping_category_code_foreign', detail: 'Key (code)=(ZZ-TEST) is still referenced from table "product_mapping".' };
    expect(await refusal(sql(`delete from category where code = 'ZZ-TEST'`))).toEqual(held);
    expect(await refusal(sql(`update category set code = 'ZZ-OTHER' where code = 'ZZ-TEST'`))).toEqual(held);

    await sql('delete from local_product where id = $1', [id]); // its mappings go with it (the product stays a foreign key, cascading)
    await sql(`delete from category where code = 'ZZ-TEST'`);
    expect(await sql(`select code from category where code = 'ZZ-TEST'`)).toEqual([]);
  });
});

describe('the triggers', () => {
  it('are what the entities declare to MikroORM (the change feed\'s count too), and no others but those on truncate (which MikroORM does not see)', async () => {
    const declared = [...api.db.orm.getMetadata().getAll().values()].flatMap((meta) => meta.triggers ?? []);
    // the checked references' are among them
    expect(declared.map((t) => t.name)).toEqual(expect.arrayContaining(
      [productRegion, mappingCategory].flatMap((r) => [...referencingTriggers(r), ...referencedTriggers(r)]).map((t) => t.name)));
    const normal = (definition: string) => definition.toLowerCase().replaceAll('"', '').replaceAll('public.', '');
    const stored = await sql<{ tgname: string; definition: string }>(
      'select tgname, pg_get_triggerdef(oid) as definition from pg_trigger where not tgisinternal order by tgname');
    const [onTruncate, others] = [stored.filter((t) => t.definition.includes(' TRUNCATE ')), stored.filter((t) => !t.definition.includes(' TRUNCATE '))];
    expect(others.map((t) => [t.tgname, normal(t.definition)]))
      .toEqual(declared.map((t) => [t.name, normal(t.expression!)]).sort(([a], [b]) => a!.localeCompare(b!)));
    expect(onTruncate.map((t) => t.tgname)).toEqual(['category_truncated_in_product_mapping', 'region_truncated_in_local_product']);
  });
});
