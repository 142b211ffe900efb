/** syncLocalProducts: all or nothing, idempotent, every bad row named, authorised per region, fed to the change feed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlCounter } from '../src/db/sqlCounter.js';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const SYNC = operation('SyncLocalProducts');
const CHANGES = `query($after: String, $first: Int, $region: ID) { changes(after: $after, first: $first, region: $region) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id key operation region { code } principal before after } } } }`;

const product = (code: string, extra: object = {}) => ({
  productCategory: '45', productCode: code, name: `Ambulante behandeling ${code}`, unit: 'HOUR', tariffCents: 9500,
  validFrom: '2025-01-01', mappings: [{ category: '45-BHI' }], ...extra,
});
const BATCH = [product('45A01'), product('45A02', { unit: 'MINUTE', tariffCents: 160 }), product('45A03', { mappings: [] })];

let api: TestApi;
let integrator: Record<string, string>;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET, MAX_BATCH_ROWS: '50' });
  integrator = await bearer({ sub: 'zk-integrator', roles: ['integrator'], regions: ['JZ11'] });
});
afterAll(async () => { await api?.close(); });

const productCount = async (region: string) =>
  (await api.db.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from local_product where region_code = ?', [region]))[0].n;
const sync = (region: string, products: object[], headers = integrator, dryRun?: boolean) =>
  api.gql(SYNC, { region, products, dryRun }, headers);

describe('syncLocalProducts', () => {
  it('refuses without a token, with an expired token and for another region, writing nothing', async () => {
    expect((await sync('JZ11', BATCH, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const expired = await bearer({ roles: ['integrator'], regions: ['JZ11'] }, { expires: Math.floor(Date.now() / 1000) - 3600 });
    expect((await sync('JZ11', BATCH, expired)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await bearer({ roles: ['admin'] }, { secret: 'another-secret-another-secret-another' });
    expect((await sync('JZ11', BATCH, forged)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await sync('JZ24', BATCH)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analyst = await bearer({ roles: ['analyst'], regions: ['JZ11'] });
    expect((await sync('JZ11', BATCH, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await productCount('JZ11')).toBe(0);
    expect(await productCount('JZ24')).toBe(0);
  });

  it('counts a dry run as if applied and writes nothing', async () => {
    const { data } = await sync('JZ11', BATCH, integrator, true);
    expect(data.syncLocalProducts).toEqual({ applied: false, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await productCount('JZ11')).toBe(0);
  });

  it('creates a new batch, then counts the same batch as unchanged', async () => {
    const first = await sync('JZ11', BATCH);
    expect(first.data.syncLocalProducts).toEqual({ applied: true, created: 3, updated: 0, unchanged: 0, errors: [] });
    const again = await sync('jz11', BATCH);
    expect(again.data.syncLocalProducts).toEqual({ applied: true, created: 0, updated: 0, unchanged: 3, errors: [] });
    expect(await productCount('JZ11')).toBe(3);
    const translated = await api.gql(operation('Translate'), { region: 'JZ11', productCategory: '45', productCode: '45a02', on: '2025-06-01' });
    expect(translated.data.translate.localProduct).toMatchObject({ unit: 'MINUTE', tariffCents: 160 });
    expect(translated.data.translate.matches).toEqual([{ relationship: 'EQUIVALENT', category: { code: '45-BHI', name: 'Ambulante behandeling', level: 2 } }]);
  });

  it('counts an edited batch right: one tariff changed, one mapping replaced, one new, one untouched', async () => {
    const edited = [
      product('45A01', { tariffCents: 9900 }),
      product('45A02', { unit: 'MINUTE', tariffCents: 160 }),
      product('45A03', { mappings: [{ category: '45-BGI', relationship: 'SOURCE_IS_NARROWER' }] }),
      product('45A04'),
    ];
    const { data } = await sync('JZ11', edited);
    expect(data.syncLocalProducts).toEqual({ applied: true, created: 1, updated: 2, unchanged: 1, errors: [] });
    const unmapped = await api.gql(operation('Unmapped'), { region: 'JZ11', on: '2025-06-01' });
    expect(unmapped.data.unmappedProducts).toEqual([]);
  });

  it('keeps mappings when a row leaves them out', async () => {
    const { mappings: _omit, ...withoutMappings } = product('45A01', { tariffCents: 9900 });
    const { data } = await sync('JZ11', [withoutMappings]);
    expect(data.syncLocalProducts).toMatchObject({ applied: true, unchanged: 1 });
  });

  it('rejects every bad row of a batch in one answer, field and database checks alike, and writes none of it', async () => {
    const before = await productCount('JZ11');
    const bad = [
      product('45B01'), // good, but the batch fails as a whole
      product('45B02', { productCategory: '99' }),
      product('', {}),
      product('45B0345'),
      product('45-B4'),
      product('45B05', { tariffCents: null }),
      product('45B06', { tariffCents: -1 }),
      product('45B07', { tariffCents: 100_000_000 }),
      product('45B08', { validTo: '2025-01-01' }),
      product('45B09', { mappings: [{ category: '45-XXX' }] }),
      product('45B01'),
      product('45A01', { validFrom: '2025-06-01' }), // overlaps the stored open-ended 45A01 from 2025-01-01
      product('45B12', { name: ' ', mappings: [{ category: '45-BHI' }, { category: '45-YYY' }] }),
    ];
    const { data } = await sync('JZ11', bad);
    const result = data.syncLocalProducts;
    expect(result).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map((e: { index: number; field: string; code: string }) => [e.index, e.field, e.code])).toEqual([
      [1, 'productCategory', 'UNKNOWN_PRODUCT_CATEGORY'],
      [2, 'productCode', 'PRODUCT_CODE_EMPTY'],
      [3, 'productCode', 'PRODUCT_CODE_TOO_LONG'],
      [4, 'productCode', 'PRODUCT_CODE_INVALID'],
      [5, 'tariffCents', 'TARIFF_MISSING'],
      [6, 'tariffCents', 'TARIFF_NEGATIVE'],
      [7, 'tariffCents', 'TARIFF_TOO_HIGH'],
      [8, 'validTo', 'VALID_TO_NOT_AFTER_VALID_FROM'],
      [9, 'mappings[0].category', 'UNKNOWN_CATEGORY'],
      [10, 'productCode', 'DUPLICATE_KEY'],
      [11, 'validFrom', 'OVERLAPPING_PERIOD'],
      [12, 'mappings[1].category', 'UNKNOWN_CATEGORY'],
      [12, 'name', 'NAME_EMPTY'],
    ]);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(10);
    expect(await productCount('JZ11')).toBe(before);
  });

  it('checks a batch against the database in a fixed number of statements, however many rows are bad', async () => {
    // Each bad row has an empty name (a field check) and an unknown category (a database check).
    const bad = (n: number) => Array.from({ length: n }, (_, i) => product(`45E${String(i).padStart(2, '0')}`, { name: '', mappings: [{ category: '45-NOPE' }] }));
    const statements = async (rows: object[]) => {
      const before = sqlCounter.count;
      const { data } = await sync('JZ11', rows);
      expect(data.syncLocalProducts.errors).toHaveLength(rows.length * 2);
      return sqlCounter.count - before;
    };
    expect(await statements(bad(40))).toBe(await statements(bad(1)));
  });

  it('writes a batch in a fixed number of statements, however many rows it creates or changes', async () => {
    // Another region than the feed test below reads, so its counts stay as they are.
    const admin = await bearer({ sub: 'admin', roles: ['admin'] });
    const statements = async (rows: object[], expected: object) => {
      const before = sqlCounter.count;
      const { data } = await sync('JZ30', rows, admin);
      expect(data.syncLocalProducts).toMatchObject(expected);
      return sqlCounter.count - before;
    };
    const batch = (prefix: string, n: number, extra: object = {}) => Array.from({ length: n }, (_, i) => product(`${prefix}${String(i).padStart(2, '0')}`, extra));
    const one = await statements(batch('45H', 1), { created: 1 });
    const many = await statements(batch('45I', 40), { created: 40 });
    expect(many).toBe(one);
    // Region lookup, begin, deadline/locks/notice, load, categories, products with mappings, category rows, segments,
    // coverage steps, changes, commit, audit.
    expect(many).toBeLessThanOrEqual(12);
    const edit = { tariffCents: 9900, mappings: [{ category: '45-BGI' }] };
    expect(await statements(batch('45I', 40, edit), { updated: 40 })).toBe(await statements(batch('45H', 1, edit), { updated: 1 }));
  });

  it('checks shared categories and overlapping periods against what is stored', async () => {
    const before = await productCount('JZ11');
    const { data } = await sync('JZ11', [
      product('45B09', { mappings: [{ category: '45-XXX' }] }),
      product('45A01', { validFrom: '2025-06-01' }),
      product('45C01', { validFrom: '2024-01-01', validTo: '2025-03-01' }),
      product('45C01', { validFrom: '2025-02-01' }),
    ]);
    expect(data.syncLocalProducts.errors.map((e: { index: number; field: string; code: string }) => [e.index, e.field, e.code])).toEqual([
      [0, 'mappings[0].category', 'UNKNOWN_CATEGORY'],
      [1, 'validFrom', 'OVERLAPPING_PERIOD'],
      [3, 'validFrom', 'OVERLAPPING_PERIOD'],
    ]);
    expect(data.syncLocalProducts.applied).toBe(false);
    expect(await productCount('JZ11')).toBe(before);
  });

  it('accepts a new version that starts where the stored one now ends', async () => {
    const { data } = await sync('JZ11', [
      product('45A01', { tariffCents: 9900, validTo: '2026-01-01' }),
      product('45A01', { tariffCents: 10200, validFrom: '2026-01-01' }),
    ]);
    expect(data.syncLocalProducts).toEqual({ applied: true, created: 1, updated: 1, unchanged: 0, errors: [] });
  });

  it('stores names with quotes, question marks and backslashes exactly', async () => {
    const name = `Zorg 't Hof? \\ "dag"; drop table region; --`;
    const { data } = await sync('JZ11', [product('45F01', { name })]);
    expect(data.syncLocalProducts.created).toBe(1);
    const translated = await api.gql(operation('Translate'), { region: 'JZ11', productCategory: '45', productCode: '45F01', on: '2025-06-01' });
    expect(translated.data.translate.localProduct.name).toBe(name);
  });

  it('refuses a batch over the configured maximum with a clear message', async () => {
    const tooMany = Array.from({ length: 51 }, (_, i) => product(`45D${String(i).padStart(2, '0')}`));
    const { errors } = await sync('JZ11', tooMany);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('at most 50');
  });

  it('ends consistent when two syncs of the same region run at once', async () => {
    const a = Array.from({ length: 30 }, (_, i) => product(`45E${String(i).padStart(2, '0')}`));
    const b = Array.from({ length: 30 }, (_, i) => product(`45E${String(i).padStart(2, '0')}`, { tariffCents: 8000 }));
    const [ra, rb] = await Promise.all([sync('JZ11', a), sync('JZ11', b)]);
    const results = [ra.data.syncLocalProducts, rb.data.syncLocalProducts];
    // Whichever ran first created all 30; the other updated all 30. Nothing duplicated.
    expect(results.map((r) => r.created).sort()).toEqual([0, 30]);
    expect(results.map((r) => r.updated).sort()).toEqual([0, 30]);
    const [row] = await api.db.orm.em.fork().execute<{ n: number; tariffs: number }[]>(
      `select count(*)::int as n, count(distinct tariff_cents)::int as tariffs from local_product where region_code = 'JZ11' and product_code like '45E%'`);
    expect(row).toEqual({ n: 30, tariffs: 1 });
  });
});

describe('changes', () => {
  it('returns each change exactly once across pages, in commit order, only for the token\'s regions', async () => {
    const admin = await bearer({ sub: 'admin', roles: ['admin'] });
    await sync('JZ24', [product('45Z01')], admin);
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page += 1) {
      const { data }: { data?: any } = await api.gql(CHANGES, { after, first: 7 }, integrator);
      total = data.changes.totalCount;
      seen.push(...data.changes.edges.map((e: { node: { id: string } }) => e.node.id));
      for (const edge of data.changes.edges) expect(edge.node.region.code).toBe('JZ11');
      if (!data.changes.pageInfo.hasNextPage) { after = data.changes.pageInfo.endCursor; break; }
      after = data.changes.pageInfo.endCursor;
    }
    // JZ11: 3 created, then 1 created + 2 updated, then 1 created + 1 updated, 1 created, then 30 created + 30 updated.
    expect(seen).toHaveLength(3 + 3 + 2 + 1 + 60);
    expect(total).toBe(seen.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((x, y) => x - y));

    // Nothing new: an empty page that keeps the cursor; then one new change, seen once.
    const idle = await api.gql(CHANGES, { after, first: 7 }, integrator);
    expect(idle.data.changes.edges).toEqual([]);
    expect(idle.data.changes.pageInfo.endCursor).toBe(after);
    await sync('JZ11', [product('45A04', { tariffCents: 9600 })]);
    const next = await api.gql(CHANGES, { after, first: 7 }, integrator);
    expect(next.data.changes.edges).toHaveLength(1);
    expect(next.data.changes.edges[0].node).toMatchObject({
      key: 'JZ11/45/45A04/2025-01-01', operation: 'UPDATE', principal: 'zk-integrator',
      before: { tariffCents: 9500 }, after: { tariffCents: 9600 },
    });
    // the whole record as stored: the mapping's default relationship and the absent validTo filled in
    expect(next.data.changes.edges[0].node.after).toEqual({
      productCategory: '45', productCode: '45A04', name: 'Ambulante behandeling 45A04', unit: 'HOUR', tariffCents: 9600,
      validFrom: '2025-01-01', validTo: null, mappings: [{ category: '45-BHI', relationship: 'EQUIVALENT' }],
    });

    const all = await api.gql(CHANGES, { first: 500 }, admin);
    expect(all.data.changes.edges.some((e: { node: { region: { code: string } } }) => e.node.region.code === 'JZ24')).toBe(true);
    expect((await api.gql(CHANGES, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts the feed only for a reader who asks for totalCount, however it is asked for', async () => {
    const page = `query($count: Boolean!) { changes(first: 500) { ...on ChangeConnection { totalCount @include(if: $count) } edges { node { id } } } }`;
    const counted = await api.countStatements(page, { count: true }, integrator);
    const uncounted = await api.countStatements(page, { count: false }, integrator);
    // The whole of JZ11's feed fits on one page of 500, so its count is the page's length.
    expect(counted.response.data.changes.totalCount).toBe(counted.response.data.changes.edges.length);
    expect(counted.response.data.changes.edges.length).toBeGreaterThan(60);
    expect(uncounted.response.data.changes).toEqual({ edges: counted.response.data.changes.edges });
    expect(uncounted.statements).toBe(counted.statements - 1);
  });

  it('lists a batch\'s new records in the order sent, each as stored, then the records it changed', async () => {
    const twente = await bearer({ sub: 'twente-integrator', roles: ['integrator'], regions: ['JZ14'] });
    await sync('JZ14', [product('45T01')], twente);
    const { data } = await sync('JZ14', [
      product(' 45t03 ', { name: '  Dagbehandeling  ', mappings: [{ category: '45-BHI' }, { category: '45-bgi', relationship: 'RELATED' }] }),
      product('45T01', { tariffCents: 9900 }),
      product('45T02', { unit: 'EURO', tariffCents: null, validTo: '2026-01-01', mappings: [] }),
    ], twente);
    expect(data.syncLocalProducts).toMatchObject({ created: 2, updated: 1, unchanged: 0 });

    const feed = await api.gql(CHANGES, { region: 'JZ14', first: 10 }, twente);
    const edges = feed.data.changes.edges.map((e: { node: object }) => e.node);
    expect(edges.map((n: { key: string; operation: string }) => `${n.operation} ${n.key}`)).toEqual([
      'CREATE JZ14/45/45T01/2025-01-01', 'CREATE JZ14/45/45T03/2025-01-01', 'CREATE JZ14/45/45T02/2025-01-01', 'UPDATE JZ14/45/45T01/2025-01-01']);
    // codes in upper case, the name trimmed, the default relationship filled in, mappings by category
    expect(edges[1]).toMatchObject({ principal: 'twente-integrator', region: { code: 'JZ14' }, before: null, after: {
      productCategory: '45', productCode: '45T03', name: 'Dagbehandeling', unit: 'HOUR', tariffCents: 9500, validFrom: '2025-01-01', validTo: null,
      mappings: [{ category: '45-BGI', relationship: 'RELATED' }, { category: '45-BHI', relationship: 'EQUIVALENT' }],
    } });
    expect(edges[2].after).toEqual({
      productCategory: '45', productCode: '45T02', name: 'Ambulante behandeling 45T02', unit: 'EURO', tariffCents: null,
      validFrom: '2025-01-01', validTo: '2026-01-01', mappings: [],
    });
    expect(edges[3]).toMatchObject({ before: { tariffCents: 9500 }, after: { productCode: '45T01', tariffCents: 9900 } });
  });
});

describe('a database fault mid-batch', () => {
  it('applies nothing, says so clearly, and the same batch sent again applies once', async () => {
    const batch = [product('45G01'), product('45G02')];
    // Hold the write lock so the sync waits inside its transaction; then cut its connection.
    const holder = api.db.orm.em.fork();
    await holder.begin();
    await holder.execute(`select pg_advisory_xact_lock(hashtextextended('region:JZ11', 7461001))`);
    const pending = sync('JZ11', batch);
    const admin = api.db.orm.em.fork();
    let terminated = false;
    for (let attempt = 0; attempt < 50 && !terminated; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const [row] = await admin.execute<{ n: number }[]>(
        `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
          where wait_event_type = 'Lock' and query like '%pg_advisory_xact_lock%' and pid <> pg_backend_pid()`);
      terminated = row.n > 0;
    }
    await holder.rollback();
    expect(terminated).toBe(true);

    const failed = await pending;
    expect(failed.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retry: true } });
    expect(failed.errors?.[0].message).toContain('nothing was written');
    expect(JSON.stringify(failed)).not.toMatch(/terminat|pg_|select/i);
    const count = async () => (await api.db.orm.em.fork().execute<{ n: number }[]>(
      `select count(*)::int as n from local_product where product_code like '45G%'`))[0].n;
    expect(await count()).toBe(0);

    const again = await sync('JZ11', batch);
    expect(again.data.syncLocalProducts).toEqual({ applied: true, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await count()).toBe(2);
  });
});
