/**
 * Writers of different regions at the same time: they do not wait for each other, and a reader polling the
 * change feed meanwhile sees every change exactly once, each region's batches in the order they committed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

let api: TestApi;
let integrator: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  integrator = await bearer({ roles: ['integrator'], regions: ['JZ11', 'JZ21', 'JZ24', 'JZ25', 'JZ30'] });
  admin = await bearer({ roles: ['admin'] });
});
afterAll(() => api?.close());

const SYNC = `mutation($region: ID!, $products: [LocalProductInput!]!) { syncLocalProducts(region: $region, products: $products) { applied created } }`;
const CHANGES = `query($after: String) { changes(after: $after, first: 500) { pageInfo { endCursor } edges { node { id key batchId region { code } } } } }`;

const products = (prefix: string, count: number, category = '45') => Array.from({ length: count }, (_, i) => ({
  productCategory: category, productCode: `${prefix}${String(i).padStart(5 - prefix.length, '0')}`, name: `Product ${i}`,
  unit: 'HOUR', tariffCents: 9500, validFrom: '2025-01-01',
}));

const sync = (region: string, batch: object[]) => api.gql(SYNC, { region, products: batch }, integrator);

describe('writes per region', () => {
  it('a small sync of one region does not wait for a large sync of another', async () => {
    const finished: string[] = [];
    const large = sync('JZ24', products('L', 10_000)).then((r) => { finished.push('large'); return r; });
    await new Promise((resolve) => setTimeout(resolve, 150)); // the large one is inside its transaction by now
    const small = sync('JZ11', products('S', 10)).then((r) => { finished.push('small'); return r; });
    const [l, s] = await Promise.all([large, small]);
    expect(l.data.syncLocalProducts).toEqual({ applied: true, created: 10_000 });
    expect(s.data.syncLocalProducts).toEqual({ applied: true, created: 10 });
    expect(finished).toEqual(['small', 'large']);
  });

  it('a reader polling the feed during concurrent writes to five regions sees every change once, in commit order per region', async () => {
    const regions = ['JZ11', 'JZ21', 'JZ25', 'JZ30', 'JZ24'];
    // Start after everything already in the feed.
    let cursor: string | null = null;
    for (let page = await api.gql(CHANGES, { after: cursor }, admin); page.data.changes.edges.length; page = await api.gql(CHANGES, { after: cursor }, admin)) {
      cursor = page.data.changes.pageInfo.endCursor;
    }

    const seen: { id: string; key: string; batchId: string; region: string }[] = [];
    const poll = async () => {
      const page = await api.gql(CHANGES, { after: cursor }, admin);
      expect(page.errors).toBeUndefined();
      for (const { node } of page.data.changes.edges) seen.push({ id: node.id, key: node.key, batchId: node.batchId, region: node.region.code });
      cursor = page.data.changes.pageInfo.endCursor;
      return page.data.changes.edges.length;
    };

    let writing = true;
    const reader = (async () => {
      while (writing) await poll();
    })();
    // Each region: eight batches one after another, each creating 3 products named after region and batch.
    const batchesWritten = new Map<string, string[]>();
    await Promise.all(regions.map(async (region, r) => {
      for (let batch = 0; batch < 8; batch += 1) {
        const prefix = `W${r}${batch}`;
        const result = await sync(region, products(prefix, 3, '43'));
        expect(result.data.syncLocalProducts).toEqual({ applied: true, created: 3 });
        batchesWritten.set(region, [...(batchesWritten.get(region) ?? []), prefix]);
      }
    }));
    writing = false;
    await reader;
    while ((await poll()) > 0);

    const expected = regions.flatMap((region, r) => Array.from({ length: 8 }, (_, batch) =>
      products(`W${r}${batch}`, 3, '43').map((p) => `${region}/43/${p.productCode}/2025-01-01`)).flat());
    expect(seen.map((c) => c.key).sort()).toEqual(expected.sort());
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);

    // Per region, the batches appear in the order they were written, each batch's changes together.
    for (const region of regions) {
      const order = seen.filter((c) => c.region === region).map((c) => c.key.split('/')[2].slice(0, 3));
      const batches = order.filter((prefix, i) => i === 0 || order[i - 1] !== prefix);
      expect(batches).toEqual(batchesWritten.get(region));
    }
  });
});

describe('a batch waiting for its region', () => {
  it('waits under the batch deadline, not the shorter one of a single read', async () => {
    const strict = await startApi('reference', { JWT_SECRET: TEST_SECRET, DB_STATEMENT_TIMEOUT_MS: '300' });
    try {
      const holder = strict.db.orm.em.fork();
      await holder.begin();
      await holder.execute(`select pg_advisory_xact_lock(hashtextextended('region:JZ11', 7461001))`);
      const pending = strict.gql(SYNC, { region: 'JZ11', products: products('D', 3) }, integrator);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await holder.rollback();
      expect((await pending).data.syncLocalProducts).toEqual({ applied: true, created: 3 });
    } finally {
      await strict.close();
    }
  });
});
