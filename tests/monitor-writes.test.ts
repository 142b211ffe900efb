/** recordMeasures / recordYouthHelp: BSNs refused, all or nothing, idempotent, authorised, and never a case record in a response or the feed. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { help, measure, RECORD_MEASURES, RECORD_YOUTH_HELP } from './helpers/monitor.js';
import { insertProducts } from './helpers/products.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const CHANGES = `{ changes(first: 50) { edges { node { entity key operation region { code } principal before after } } } }`;

// 123456782: 9*1 + 8*2 + 7*3 + 6*4 + 5*5 + 4*6 + 3*7 + 2*8 - 1*2 = 154 = 14 * 11, so it passes the eleven-test.
const BSN = '123456782';
const PSEUDONYMS = ['p-anna-7f3a', 'p-bram-91c2', 'p-cato-0d4e'];
const BATCH = [
  measure('GI-1', PSEUDONYMS[0], '0392', 'OTS', '2024-01-01'),
  measure('GI-2', PSEUDONYMS[1], 'GM0392', 'VOOGDIJ', '2024-02-01', '2024-12-31'),
  measure('GI-3', PSEUDONYMS[2], 'gm1980', 'JEUGDRECLASSERING', '2024-03-01'),
];

let api: TestApi;
let admin: Record<string, string>;
let gi: Record<string, string>;
const seen: unknown[] = [];
const gql = async (query: string, variables: object, headers: Record<string, string>) => {
  const response = await api.gql(query, variables, headers);
  seen.push(response);
  return response;
};
const count = async (table: string) => (await api.db.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0].n;

beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET, MAX_BATCH_ROWS: '20' });
  admin = await bearer({ sub: 'admin-1', roles: ['admin'] });
  gi = await bearer({ sub: 'djgb-system', roles: ['integrator'], institution: 'DJGB' });
  await insertProducts(api.db, [{
    region: 'JZ11', productCategory: '45', productCode: '45B02', name: 'Ambulante behandeling', unit: 'HOUR', tariffCents: 9000,
    validFrom: '2024-01-01', mappings: [['45-BHI', 'EQUIVALENT']],
  }]);
});
afterAll(async () => { await api?.close(); });

describe('recordMeasures', () => {
  it('refuses a BSN-like client and reports every bad row, writing nothing', async () => {
    const { data } = await gql(RECORD_MEASURES, {
      institution: 'DJGB',
      measures: [
        BATCH[0],
        measure('GI-9', BSN, '0392', 'OTS', '2024-01-01'),
        measure('GI-10', '1234.56.782', '0392', 'OTS', '2024-01-01'),
        measure('GI-11', 'p-dirk', '0457', 'OTS', '2022-04-01'), //  Weesp no longer existed: merged into Amsterdam on 2022-03-24
        measure('GI-12', 'p-eva', '0392', 'OTS', '2024-05-01', '2024-04-30'),
        measure('GI-1', 'p-fenna', '0392', 'OTS', '2024-01-01'),
      ],
    }, gi);
    expect(data.recordMeasures.applied).toBe(false);
    expect(data.recordMeasures.errors.map((e: any) => [e.index, e.field, e.code])).toEqual([
      [1, 'client', 'CLIENT_IS_BSN'],
      [2, 'client', 'CLIENT_IS_BSN'],
      [3, 'municipality', 'NO_REGION_ON_DATE'],
      [4, 'end', 'DATE_ORDER'],
      [5, 'externalId', 'DUPLICATE_KEY'],
    ]);
    expect(JSON.stringify(data)).not.toContain('123456782');
    expect(await count('measure')).toBe(0);
  });

  it('accepts nine digits that fail the eleven-test as a pseudonym', async () => {
    // 123456789: 9 + 16 + 21 + 24 + 25 + 24 + 21 + 16 - 9 = 147, and 147 = 13 * 11 + 4
    const { data } = await gql(RECORD_MEASURES, { institution: 'DJGB', measures: [measure('X', '123456789', '0392', 'OTS', '2024-01-01')], dryRun: true }, gi);
    expect(data.recordMeasures).toEqual({ applied: false, created: 1, updated: 0, unchanged: 0, errors: [] });
    expect(await count('measure')).toBe(0);
  });

  it('lets only the GI itself (institution claim) or an admin record its measures', async () => {
    expect((await gql(RECORD_MEASURES, { institution: 'DJGB', measures: BATCH }, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(RECORD_MEASURES, { institution: 'JBRA', measures: BATCH }, gi)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const regionIntegrator = await bearer({ roles: ['integrator'], regions: ['JZ11'] });
    expect((await gql(RECORD_MEASURES, { institution: 'DJGB', measures: BATCH }, regionIntegrator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analyst = await bearer({ roles: ['analyst'] });
    expect((await gql(RECORD_MEASURES, { institution: 'DJGB', measures: BATCH }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(RECORD_MEASURES, { institution: 'NOPE', measures: BATCH }, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await count('measure')).toBe(0);
  });

  it('writes a batch once: the same batch again is unchanged, a changed end date is one update', async () => {
    expect((await gql(RECORD_MEASURES, { institution: 'djgb', measures: BATCH }, gi)).data.recordMeasures)
      .toEqual({ applied: true, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect((await gql(RECORD_MEASURES, { institution: 'DJGB', measures: BATCH }, gi)).data.recordMeasures)
      .toEqual({ applied: true, created: 0, updated: 0, unchanged: 3, errors: [] });
    const ended = [{ ...BATCH[0], end: '2024-09-30' }, BATCH[1]];
    expect((await gql(RECORD_MEASURES, { institution: 'DJGB', measures: ended }, gi)).data.recordMeasures)
      .toEqual({ applied: true, created: 0, updated: 1, unchanged: 1, errors: [] });
    const stored = await api.db.orm.em.fork().execute<{ external_id: string; region_code: string; end_date: string | null }[]>(
      'select external_id, region_code, end_date::text from measure order by external_id');
    expect(stored).toEqual([
      { external_id: 'GI-1', region_code: 'JZ11', end_date: '2024-09-30' },
      { external_id: 'GI-2', region_code: 'JZ11', end_date: '2024-12-31' },
      { external_id: 'GI-3', region_code: 'JZ06', end_date: null }, // Dijk en Waard is in Noord-Kennemerland
    ]);
  });

  it('refuses more rows than MAX_BATCH_ROWS', async () => {
    const many = Array.from({ length: 21 }, (_, i) => measure(`N${i}`, `p${i}`, '0392', 'OTS', '2024-01-01'));
    expect((await gql(RECORD_MEASURES, { institution: 'DJGB', measures: many }, gi)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('recordYouthHelp', () => {
  it('resolves the local code on the start date and reports unknown products and dates out of order', async () => {
    const integrator = await bearer({ sub: 'zk-system', roles: ['integrator'], regions: ['JZ11'] });
    const bad = await gql(RECORD_YOUTH_HELP, {
      region: 'JZ11',
      items: [
        help('H1', PSEUDONYMS[0], '45B02', '2023-12-01', '2024-01-15'), // product valid from 2024-01-01: on the start, fine
        help('H2', PSEUDONYMS[1], '45B02', '2023-12-01'), //               not started: resolved on the request date, before the product
        help('H3', BSN, '45B02', '2024-02-01', '2024-02-10'),
        help('H4', PSEUDONYMS[2], '45B02', '2024-02-01', '2024-01-10'),
        help('H5', PSEUDONYMS[2], '45X99', '2024-02-01'),
      ],
    }, integrator);
    expect(bad.data.recordYouthHelp.errors.map((e: any) => [e.index, e.field, e.code])).toEqual([
      [1, 'productCode', 'UNKNOWN_PRODUCT'],
      [2, 'client', 'CLIENT_IS_BSN'],
      [3, 'start', 'DATE_ORDER'],
      [4, 'productCode', 'UNKNOWN_PRODUCT'],
    ]);
    expect(await count('youth_help')).toBe(0);
    expect((await gql(RECORD_YOUTH_HELP, { region: 'JZ24', items: [help('H1', 'x', '45B02', '2024-02-01')] }, integrator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const good = await gql(RECORD_YOUTH_HELP, { region: 'JZ11', items: [help('H1', PSEUDONYMS[0], '45B02', '2023-12-01', '2024-01-15')] }, integrator);
    expect(good.data.recordYouthHelp).toEqual({ applied: true, created: 1, updated: 0, unchanged: 0, errors: [] });
  });
});

describe('case records stay out of responses and the change feed', () => {
  it('records each batch only as counts, and no pseudonym appears anywhere', async () => {
    const feed = await gql(CHANGES, {}, admin);
    expect(feed.errors).toBeUndefined();
    const batches = feed.data.changes.edges.map((e: any) => e.node);
    expect(batches).toEqual([
      { entity: 'MeasureBatch', key: 'DJGB', operation: 'CREATE', region: null, principal: 'djgb-system', before: null, after: { created: 3, updated: 0, unchanged: 0 } },
      { entity: 'MeasureBatch', key: 'DJGB', operation: 'CREATE', region: null, principal: 'djgb-system', before: null, after: { created: 0, updated: 1, unchanged: 1 } },
      { entity: 'YouthHelpBatch', key: 'JZ11', operation: 'CREATE', region: { code: 'JZ11' }, principal: 'zk-system', before: null, after: { created: 1, updated: 0, unchanged: 0 } },
    ]);
    const everything = JSON.stringify(seen);
    for (const pseudonym of [...PSEUDONYMS, BSN]) expect(everything).not.toContain(pseudonym);
  });
});

describe('npm run pseudonymise', () => {
  it('turns BSNs into HMAC-SHA-256 pseudonyms and names the lines that are no BSN', async () => {
    const run = promisify(execFile);
    const key = 'a-test-key-of-at-least-thirty-two-bytes!';
    const child = run('npx', ['tsx', 'src/cli/pseudonymise.ts'], { env: { ...process.env, PSEUDONYM_KEY: key } });
    child.child.stdin!.end(`${BSN}\n123456789\n`);
    const failed = await child.catch((error) => error);
    // expected value from an independent tool: printf 123456782 | openssl dgst -sha256 -hmac "$key"
    expect(failed.stdout).toBe('c6bab439b7ef3a90add92d7d0db0d81a7ff38f6a6ef7a1dea800af23e1c16319\n\n');
    expect(failed.stderr).toContain('line 2: not a BSN');
    expect(failed.code).toBe(1);
  });
});

describe('a malformed batch', () => {
  it('names the variable, row and reason without repeating the values sent', async () => {
    const { errors } = await gql(RECORD_MEASURES, {
      institution: 'DJGB', measures: [{ externalId: 'Z1', client: 123456782, municipality: '0392', type: 'OTS' }],
    }, gi);
    expect(errors?.map((e: any) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(errors?.map((e: any) => e.message)).toEqual([
      'Variable "$measures" got an invalid value at "measures[0].client"; String cannot represent a non string value',
      'Variable "$measures" got an invalid value at "measures[0]"; Field "start" of required type "Date!" was not provided.',
    ]);
  });
});
