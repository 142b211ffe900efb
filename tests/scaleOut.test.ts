/**
 * Scale-out on one PostgreSQL: two API instances behave as one (concurrent syncs through both, a feed reader
 * switching between them: every change exactly once), and DATABASE_READ_URL sends a query's reads to the
 * replica while a mutation reads and writes the primary.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, startApi, type TestApi } from './helpers/api.js';
import { query } from './helpers/sql.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const SYNC = `mutation($region: ID!, $products: [LocalProductInput!]!) { syncLocalProducts(region: $region, products: $products) { applied created } }`;
const CHANGES = `query($after: String) { changes(after: $after, first: 100) { pageInfo { endCursor } edges { node { id key } } } }`;
const products = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({
  productCategory: '43', productCode: `${prefix}${String(i).padStart(2, '0')}`, name: `Product ${i}`, unit: 'HOUR', tariffCents: 9500, validFrom: '2025-01-01',
}));

let a: TestApi;
let b: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  a = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  b = await startApi('reference', { JWT_SECRET: TEST_SECRET, DATABASE_URL: a.databaseUrl });
  admin = await bearer({ roles: ['admin'] });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('two instances on one database', () => {
  it('take concurrent syncs through both, and a reader switching between them sees every change once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let writing = true;
    let turn = 0;
    const poll = async () => {
      const via = (turn += 1) % 2 ? a : b;
      const page = await via.gql(CHANGES, { after: cursor }, admin);
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.changes.edges.map((e: { node: { key: string } }) => e.node.key));
      cursor = page.data.changes.pageInfo.endCursor;
      return page.data.changes.edges.length;
    };
    const reader = (async () => {
      while (writing) await poll();
    })();
    // Region JZ11 is written through both instances at once (its lock is in PostgreSQL, not in either process).
    const plan: [TestApi, string, string][] = [];
    for (let batch = 0; batch < 6; batch += 1) {
      plan.push([a, 'JZ11', `A${batch}`], [b, 'JZ11', `B${batch}`], [a, 'JZ24', `C${batch}`], [b, 'JZ25', `D${batch}`]);
    }
    const results = await Promise.all(plan.map(([api, region, prefix]) => api.gql(SYNC, { region, products: products(prefix, 5) }, admin)));
    for (const result of results) expect(result.data.syncLocalProducts).toEqual({ applied: true, created: 5 });
    writing = false;
    await reader;
    while ((await poll()) > 0);

    const expected = plan.flatMap(([, region, prefix]) => products(prefix, 5).map((p) => `${region}/43/${p.productCode}/2025-01-01`));
    expect([...seen].sort()).toEqual(expected.sort());
  });
});

describe('instances starting together', () => {
  it('take turns to migrate and seed a new database, and both serve', async () => {
    const url = await createDatabase(inject('serverUrl'));
    const [first, second] = await Promise.all([0, 1].map(() => startApi('reference', { DATABASE_URL: url })));
    try {
      for (const api of [first, second]) expect((await api.gql('{ regions { code } }')).data.regions).toHaveLength(42);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('DATABASE_READ_URL', () => {
  it("sends a query's reads to the replica, and a mutation's reads and writes to the primary", async () => {
    // A stand-in replica: a second database with the same schema whose contents differ in ways a test can see.
    const replicaUrl = await createDatabase(inject('serverUrl'));
    const seedReplica = await startApi('reference', { DATABASE_URL: replicaUrl });
    await seedReplica.close();
    await query(replicaUrl, `update region set name = 'Zuid Kennemerland (replica)' where code = 'JZ11'`);
    const primaryUrl = await createDatabase(inject('serverUrl'));
    const routed = await startApi('reference', { JWT_SECRET: TEST_SECRET, DATABASE_URL: primaryUrl, DATABASE_READ_URL: replicaUrl });
    try {
      await query(primaryUrl, `insert into region (code, name) values ('JZ99', 'Proefregio')`);
      expect((await routed.gql('{ region(code: "JZ11") { name } }')).data.region.name).toBe('Zuid Kennemerland (replica)');
      expect((await routed.gql('{ region(code: "JZ99") { name } }')).data.region).toBeNull(); // not on the replica yet
      // No response cache in front of a replica: what it has replayed shows at once, whenever the notification came.
      await query(replicaUrl, `update region set name = 'Zuid Kennemerland (replayed)' where code = 'JZ11'`);
      expect((await routed.gql('{ region(code: "JZ11") { name } }')).data.region.name).toBe('Zuid Kennemerland (replayed)');

      // The mutation checks the region exists (a read) and writes: both on the primary.
      const write = await routed.gql(SYNC, { region: 'JZ99', products: products('R', 2) }, admin);
      expect(write.data.syncLocalProducts).toEqual({ applied: true, created: 2 });
      expect(await query(primaryUrl, `select count(*)::int as n from local_product where region_code = 'JZ99'`)).toEqual([{ n: 2 }]);
      expect(await query(replicaUrl, `select count(*)::int as n from local_product`)).toEqual([{ n: 0 }]);
    } finally {
      await routed.close();
    }
  });
});
