/**
 * Who may read and write what: every contract operation the API answers today (and the other writes and the
 * change feed) for seven callers. Reference data and products are public; a region's products and contracts are
 * written by an integrator of that region or an admin; membership years by an admin only; the change feed is
 * read by integrators (their regions) and admins. Refused writes write nothing.
 * The monitor operations of the contract are not built yet (their own issue), so they are not in the matrix.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Provider } from '../../src/entities/index.js';
import { startApi, type TestApi } from '../helpers/api.js';
import { operation } from '../helpers/contract.js';
import { insertProducts } from '../helpers/products.js';
import { token, TEST_SECRET } from '../helpers/tokens.js';

const CALLERS = {
  anonymous: null,
  'integrator JZ11': { roles: ['integrator'], regions: ['JZ11'] },
  'integrator of GI DJGB': { roles: ['integrator'], institution: 'DJGB' },
  'integrator of provider KENTER': { roles: ['integrator'], provider: 'KENTER' },
  'analyst JZ11': { roles: ['analyst'], regions: ['JZ11'] },
  'national analyst': { roles: ['analyst'] },
  admin: { roles: ['admin'] },
} as const;
type Caller = keyof typeof CALLERS;
const NAMES = Object.keys(CALLERS) as Caller[];

const shipped = JSON.parse(readFileSync(new URL('../../data/reference/jeugdregios.json', import.meta.url), 'utf8'));
const ON = '2025-06-01';

/** Every write gets a key of its own per caller, so the store shows exactly whose writes went through. */
const OPERATIONS: Record<string, { query: string; variables: (n: number) => object }> = {
  Provinces: { query: operation('Provinces'), variables: () => ({}) },
  RegionsInProvince: { query: operation('RegionsInProvince'), variables: () => ({ province: 'PV27', on: ON }) },
  Region: { query: operation('Region'), variables: () => ({ code: 'JZ11', on: ON }) },
  Municipality: { query: operation('Municipality'), variables: () => ({ code: 'GM0363', on: ON }) },
  CertifiedInstitutions: { query: operation('CertifiedInstitutions'), variables: () => ({}) },
  Categories: { query: operation('Categories'), variables: () => ({}) },
  Translate: { query: operation('Translate'), variables: () => ({ region: 'JZ11', productCategory: '45', productCode: '45A01', on: ON }) },
  LocalProductsForCategory: { query: operation('LocalProductsForCategory'), variables: () => ({ category: '45-BHI', on: ON }) },
  CompareRegions: { query: operation('CompareRegions'), variables: () => ({ category: '45-BHI', regions: ['JZ11'], on: ON }) },
  MappingCoverage: { query: operation('MappingCoverage'), variables: () => ({ on: ON }) },
  Unmapped: { query: operation('Unmapped'), variables: () => ({ region: 'JZ11', on: ON }) },
  'SyncLocalProducts JZ11': {
    query: operation('SyncLocalProducts'),
    variables: (n) => ({ region: 'JZ11', products: [{ productCategory: '45', productCode: `45M0${n}`, name: 'Matrix', unit: 'HOUR', tariffCents: 9000, validFrom: ON }] }),
  },
  'SyncLocalProducts JZ24': {
    query: operation('SyncLocalProducts'),
    variables: (n) => ({ region: 'JZ24', products: [{ productCategory: '45', productCode: `45M0${n}`, name: 'Matrix', unit: 'HOUR', tariffCents: 9000, validFrom: ON }] }),
  },
  'syncContracts JZ11': {
    query: 'mutation($contracts: [ContractInput!]!) { syncContracts(region: "JZ11", contracts: $contracts) { applied errors { code } } }',
    variables: (n) => ({ contracts: [{ provider: 'KENTER', validFrom: `203${n}-01-01`, validTo: `203${n}-12-31`, procurementModel: 'OPEN_HOUSE', financingForm: 'PER_PRODUCT' }] }),
  },
  loadRegionMembership: {
    query: 'mutation($data: JSON!) { loadRegionMembership(data: $data) { applied errors { code } } }',
    variables: () => ({ data: shipped }),
  },
  changes: { query: '{ changes(first: 100) { edges { node { region { code } } } } }', variables: () => ({}) },
};

const PUBLIC = Object.fromEntries(NAMES.map((name) => [name, 'OK']));
const REGION_WRITE = { ...Object.fromEntries(NAMES.map((name) => [name, 'FORBIDDEN'])), anonymous: 'UNAUTHENTICATED', 'integrator JZ11': 'OK', admin: 'OK' };
const EXPECTED: Record<string, Record<string, string>> = {
  Provinces: PUBLIC, RegionsInProvince: PUBLIC, Region: PUBLIC, Municipality: PUBLIC, CertifiedInstitutions: PUBLIC, Categories: PUBLIC,
  Translate: PUBLIC, LocalProductsForCategory: PUBLIC, CompareRegions: PUBLIC, MappingCoverage: PUBLIC, Unmapped: PUBLIC,
  'SyncLocalProducts JZ11': REGION_WRITE,
  'SyncLocalProducts JZ24': { ...REGION_WRITE, 'integrator JZ11': 'FORBIDDEN' },
  'syncContracts JZ11': REGION_WRITE,
  loadRegionMembership: { ...REGION_WRITE, 'integrator JZ11': 'FORBIDDEN' },
  // Integrators read their regions' changes (none for one acting only for a GI or provider); analysts none.
  changes: { ...REGION_WRITE, 'integrator of GI DJGB': 'OK', 'integrator of provider KENTER': 'OK' },
};

let api: TestApi;
const headers: Partial<Record<Caller, Record<string, string>>> = {};
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  const em = api.db.orm.em.fork();
  em.create(Provider, { code: 'KENTER', name: 'Kenter Jeugdhulp', agbCode: '12345678' });
  await em.flush();
  await insertProducts(api.db, [{ region: 'JZ11', productCategory: '45', productCode: '45A01', name: 'Ambulante behandeling', unit: 'HOUR', tariffCents: 9500, validFrom: '2023-01-01', mappings: [['45-BHI', 'EQUIVALENT']] }]);
  for (const name of NAMES) {
    const claims = CALLERS[name];
    headers[name] = claims ? { authorization: `Bearer ${await token({ sub: name, ...claims })}` } : {};
  }
});
afterAll(async () => { await api?.close(); });

const sql = async <T>(query: string) => api.db.orm.em.fork().execute<T[]>(query);

describe('authorisation matrix', () => {
  it('answers every operation for every caller as the rules say, and refused writes write nothing', async () => {
    const got: Record<string, Record<string, string>> = {};
    const feeds: Record<string, string[]> = {};
    for (const [name, { query, variables }] of Object.entries(OPERATIONS)) {
      got[name] = {};
      for (const [n, caller] of NAMES.entries()) {
        const response = await api.gql(query, variables(n), headers[caller]);
        const code = response.errors?.[0]?.extensions?.code;
        got[name][caller] = code ?? (response.data && Object.values(response.data).every((value) => value !== null) ? 'OK' : 'NO DATA');
        if (name === 'changes' && !code) feeds[caller] = response.data.changes.edges.map((e: { node: { region: { code: string } | null } }) => e.node.region?.code ?? '-');
      }
    }
    expect(got).toEqual(EXPECTED);

    // Written: the JZ11 product and contract of the JZ11 integrator (caller 1) and of admin (caller 6), nothing else.
    const products = await sql<{ key: string }>(`select region_code || '/' || product_code as key from local_product where product_code like '45M%' order by 1`);
    expect(products.map((p) => p.key)).toEqual(['JZ11/45M01', 'JZ11/45M06', 'JZ24/45M06']);
    const contracts = await sql<{ from: string }>(`select valid_from::text as from from contract where provider_code = 'KENTER' order by 1`);
    expect(contracts.map((c) => c.from)).toEqual(['2031-01-01', '2036-01-01']);

    // The feed: the JZ11 integrator sees its region's four changes; the admin also JZ24's; the GI and provider integrators none.
    expect(feeds['integrator JZ11']).toEqual(['JZ11', 'JZ11', 'JZ11', 'JZ11']);
    expect([...feeds.admin].sort()).toEqual(['JZ11', 'JZ11', 'JZ11', 'JZ11', 'JZ24']);
    expect(feeds['integrator of GI DJGB']).toEqual([]);
    expect(feeds['integrator of provider KENTER']).toEqual([]);
  });
});
