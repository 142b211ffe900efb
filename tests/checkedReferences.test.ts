/**
 * A local product's region, a mapping's category and a mapping's product are checked once per statement by triggers,
 * not by foreign key constraints (migrations/Migration20261125120000.ts, Migration20261125160000.ts). They must keep
 * what the constraints promised, written by hand in SQL as anyone with database access could: nothing refers to a row
 * that is not there, whatever writes it, and a deleted product takes its mappings with it.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cascadingTriggers, mappingCategory, mappingProduct, productRegion, referencedTriggers, referencingTriggers } from '../src/entities/checkedReferences.js';
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

const insertProduct = (region: string, code: string) => sql<{ id: number }>(
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

    await sql('delete from local_product where id = $1', [id]); // its mappings go with it (see below)
    await sql(`delete from category where code = 'ZZ-TEST'`);
    expect(await sql(`select code from category where code = 'ZZ-TEST'`)).toEqual([]);
  });
});

const mappingCount = async (productId: number) =>
  Number((await sql('select count(*) as n from product_mapping where product_id = $1', [productId]))[0].n);
const mapOnto = (productId: number, category = '45-BHI') => sql(
  `insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values ($1, $2, 'EQUIVALENT', 't', now())`, [productId, category]);

describe('a mapping refers to a product that exists, and goes with it', () => {
  it('a mapping of a product that is not there is refused, with the others of its statement; so is moving one to it', async () => {
    const [{ id }] = await insertProduct('JZ01', 'P1');
    const [{ next }] = await sql<{ next: number }>('select max(id) + 1000 as next from local_product');
    expect(await refusal(sql(
      `insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values ($1, '45-BHI', 'EQUIVALENT', 't', now()), ($2, '45-BHI', 'EQUIVALENT', 't', now())`,
      [id, next],
    ))).toEqual({ code: '23503', constraint: 'product_mapping_product_id_foreign', detail: `Key (product_id)=(${next}) is not present in table "local_product".` });
    expect(await mappingCount(id)).toBe(0);

    await mapOnto(id);
    expect(await refusal(sql('update product_mapping set product_id = $2 where product_id = $1', [id, next])))
      .toMatchObject({ code: '23503', constraint: 'product_mapping_product_id_foreign' });
    expect(await mappingCount(id)).toBe(1);
  });

  it('a product and its mappings written in one statement pass, and the product is not locked by its own writer', async () => {
    const [{ id }] = await sql<{ id: number }>(
      `with p as (insert into local_product (region_code, product_category, product_code, name, unit, tariff_cents, valid_from, created_at, updated_at)
                  values ('JZ01', '45', 'P2', 'Test', 'HOUR', 100, '2025-01-01', now(), now()) returning id),
            m as (insert into product_mapping (product_id, category_code, relationship, set_by, set_at) select id, '45-BHI', 'EQUIVALENT', 't', now() from p)
       select id from p`);
    expect(await mappingCount(id)).toBe(1);
    // a foreign key check would have left its key-share lock in the product row's xmax
    expect(await sql('select xmax::text from local_product where id = $1', [id])).toEqual([{ xmax: '0' }]);
  });

  it('deleting products deletes their mappings; changing a mapped product\'s id or truncating products alone is refused', async () => {
    const [{ id: kept }] = await insertProduct('JZ01', 'P3');
    const [{ id: deleted }] = await insertProduct('JZ01', 'P4');
    await mapOnto(kept);
    await mapOnto(deleted);
    await mapOnto(deleted, '45-BGI');
    await sql('delete from local_product where id = $1', [deleted]);
    expect([await mappingCount(deleted), await mappingCount(kept)]).toEqual([0, 1]);

    expect(await refusal(sql('update local_product set id = id + 100000 where id = $1', [kept]))).toEqual({
      code: '23503', constraint: 'product_mapping_product_id_foreign', detail: `Key (id)=(${kept}) is still referenced from table "product_mapping".`,
    });
    const [{ id: unmapped }] = await insertProduct('JZ01', 'P5');
    await sql('update local_product set id = id + 100000 where id = $1', [unmapped]);
    expect(await sql('select count(*)::int as n from local_product where id = $1', [unmapped + 100000])).toEqual([{ n: 1 }]);

    // youth_help's foreign key to products would refuse on its own: truncated with them
    expect(await refusal(sql('truncate local_product, youth_help'))).toMatchObject({ code: '23503', constraint: 'product_mapping_product_id_foreign' });
    expect(await mappingCount(kept)).toBe(1);
  });

  it('a product deleted while a mapping onto it is written but not yet committed takes that mapping with it', async () => {
    const [{ id }] = await insertProduct('JZ01', 'P6');
    const writer = new pg.Client({ connectionString: api.databaseUrl });
    const remover = new pg.Client({ connectionString: api.databaseUrl });
    await Promise.all([writer.connect(), remover.connect()]);
    try {
      await writer.query('begin');
      await writer.query(`insert into product_mapping (product_id, category_code, relationship, set_by, set_at) values ($1, '45-BHI', 'EQUIVALENT', 't', now())`, [id]);
      await remover.query(`set statement_timeout = '10s'`);
      const removal = remover.query('delete from local_product where id = $1', [id]);
      // the delete waits for the writer's lock on the product row, as it would for a foreign key check's
      await expect.poll(async () => (await sql(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like 'delete from local_product%'`,
      ))[0].n).toBe(1);
      await writer.query('commit');
      await removal;
      expect([(await sql('select count(*)::int as n from local_product where id = $1', [id]))[0].n, await mappingCount(id)]).toEqual([0, 0]);
    } finally {
      await Promise.all([writer.end(), remover.end()]);
    }
  });
});

describe('the triggers', () => {
  it('are what the entities declare to MikroORM (the change feed\'s count too), and no others but those on truncate (which MikroORM does not see)', async () => {
    const declared = [...api.db.orm.getMetadata().getAll().values()].flatMap((meta) => meta.triggers ?? []);
    // the checked references' are among them
    expect(declared.map((t) => t.name)).toEqual(expect.arrayContaining([
      ...[productRegion, mappingCategory].flatMap((r) => [...referencingTriggers(r), ...referencedTriggers(r)]),
      ...referencingTriggers(mappingProduct), ...cascadingTriggers(mappingProduct),
    ].map((t) => t.name)));
    const normal = (definition: string) => definition.toLowerCase().replaceAll('"', '').replaceAll('public.', '');
    const stored = await sql<{ tgname: string; definition: string }>(
      'select tgname, pg_get_triggerdef(oid) as definition from pg_trigger where not tgisinternal order by tgname');
    const [onTruncate, others] = [stored.filter((t) => t.definition.includes(' TRUNCATE ')), stored.filter((t) => !t.definition.includes(' TRUNCATE '))];
    expect(others.map((t) => [t.tgname, normal(t.definition)]))
      .toEqual(declared.map((t) => [t.name, normal(t.expression!)]).sort(([a], [b]) => a!.localeCompare(b!)));
    expect(onTruncate.map((t) => t.tgname)).toEqual(['category_truncated_in_product_mapping', 'local_product_truncated_in_product_mapping', 'region_truncated_in_local_product']);
  });
});
