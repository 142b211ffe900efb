/** syncContracts: a region's contracts with GIs and providers, all or nothing, read back per region and per GI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlCounter } from '../src/db/sqlCounter.js';
import { Provider } from '../src/entities/index.js';
import { startApi, type TestApi } from './helpers/api.js';
import { insertProducts } from './helpers/products.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const SYNC = `mutation($region: ID!, $contracts: [ContractInput!]!, $dryRun: Boolean) {
  syncContracts(region: $region, contracts: $contracts, dryRun: $dryRun) { applied created updated unchanged errors { index field code message } } }`;
const READ = `query($on: Date) { region(code: "JZ11") { contracts(on: $on) { institution { code } provider { code name } validFrom validTo
  procurementModel financingForm indexationPercent riskSurchargePercent products { productCategory productCode } } } }`;

let api: TestApi;
let integrator: Record<string, string>;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  integrator = await bearer({ sub: 'zk', roles: ['integrator'], regions: ['JZ11'] });
  const em = api.db.orm.em.fork();
  em.create(Provider, { code: 'KENTER', name: 'Kenter Jeugdhulp', agbCode: '12345678' });
  await em.flush();
  await insertProducts(api.db, [
    { region: 'JZ11', productCategory: '45', productCode: '45A01', name: 'Ambulante behandeling', unit: 'HOUR', tariffCents: 9500, validFrom: '2023-01-01' },
    { region: 'JZ11', productCategory: '48', productCode: '48OTS', name: 'OTS maandtarief', unit: 'PIECE_OUTPUT', tariffCents: 175000, validFrom: '2023-01-01' },
  ]);
});
afterAll(async () => { await api?.close(); });

const djgbUntil2025 = { institution: 'DJGB', validFrom: '2021-01-01', validTo: '2025-01-01', procurementModel: 'ADMINISTRATIVE_PROCUREMENT', financingForm: 'MONTHLY_RATE', riskSurchargePercent: 2 };
const djgbFrom2025 = { ...djgbUntil2025, validFrom: '2025-01-01', validTo: null, indexationPercent: 3.5, products: [{ productCategory: '48', productCode: '48ots' }] };
const kenter = { provider: 'KENTER', validFrom: '2024-01-01', procurementModel: 'OPEN_HOUSE', financingForm: 'PER_PRODUCT', products: [{ productCategory: '45', productCode: '45A01' }] };

describe('syncContracts', () => {
  it('refuses a new period that overlaps the stored open-ended GI contract, naming the row', async () => {
    const { data } = await api.gql(SYNC, { region: 'JZ11', contracts: [djgbFrom2025] }, integrator);
    expect(data.syncContracts.applied).toBe(false);
    expect(data.syncContracts.errors.map((e: { index: number; code: string }) => [e.index, e.code])).toEqual([[0, 'OVERLAPPING_PERIOD']]);
  });

  it('reports every bad row in one answer: no counterparty, unknown GI, provider and product, a percentage over 100', async () => {
    const { data } = await api.gql(SYNC, { region: 'JZ11', contracts: [
      { ...kenter, provider: null },
      { ...djgbFrom2025, institution: 'XYZ' },
      { ...kenter, provider: 'NOBODY' },
      { ...kenter, validFrom: '2030-01-01', products: [{ productCategory: '45', productCode: '45Q99' }] },
      { ...kenter, validFrom: '2031-01-01', indexationPercent: 120 },
    ] }, integrator);
    expect(data.syncContracts.errors.map((e: { index: number; field: string; code: string }) => [e.index, e.field, e.code])).toEqual([
      [0, 'institution', 'COUNTERPARTY_MISSING'],
      [1, 'institution', 'UNKNOWN_INSTITUTION'],
      [2, 'provider', 'UNKNOWN_PROVIDER'],
      [3, 'products[0]', 'UNKNOWN_PRODUCT'],
      [4, 'indexationPercent', 'PERCENT_OUT_OF_RANGE'],
      // Kenter from 2030 is open-ended, so Kenter from 2031 overlaps it.
      [4, 'validFrom', 'OVERLAPPING_PERIOD'],
    ]);
  });

  it('names a bad product by its place in the input, in a fixed number of statements however many rows are bad', async () => {
    // Each row has a percentage out of range (a field check) and an unknown second product (a database check).
    const bad = (n: number) => Array.from({ length: n }, (_, i) => ({
      ...kenter, validFrom: `${2040 + i}-01-01`, validTo: `${2040 + i}-06-01`, indexationPercent: 101,
      products: [{ productCategory: '48', productCode: '48OTS' }, { productCategory: '45', productCode: '45Q99' }],
    }));
    const statements = async (contracts: object[]) => {
      const before = sqlCounter.count;
      const { data } = await api.gql(SYNC, { region: 'JZ11', contracts }, integrator);
      expect(data.syncContracts.errors.slice(0, 2).map((e: { field: string; code: string }) => [e.field, e.code]))
        .toEqual([['indexationPercent', 'PERCENT_OUT_OF_RANGE'], ['products[1]', 'UNKNOWN_PRODUCT']]);
      expect(data.syncContracts.errors).toHaveLength(contracts.length * 2);
      return sqlCounter.count - before;
    };
    expect(await statements(bad(30))).toBe(await statements(bad(1)));
  });

  it('ends the stored GI contract, adds its successor and a provider contract; again, all unchanged', async () => {
    const contracts = [djgbUntil2025, djgbFrom2025, kenter];
    const dry = await api.gql(SYNC, { region: 'JZ11', contracts, dryRun: true }, integrator);
    expect(dry.data.syncContracts).toEqual({ applied: false, created: 2, updated: 1, unchanged: 0, errors: [] });
    const applied = await api.gql(SYNC, { region: 'JZ11', contracts }, integrator);
    expect(applied.data.syncContracts).toEqual({ applied: true, created: 2, updated: 1, unchanged: 0, errors: [] });
    const again = await api.gql(SYNC, { region: 'JZ11', contracts }, integrator);
    expect(again.data.syncContracts).toEqual({ applied: true, created: 0, updated: 0, unchanged: 3, errors: [] });
  });

  it('reads the contracts back per region on a date and per GI', async () => {
    const in2024 = await api.gql(READ, { on: '2024-06-01' });
    const djgb2024 = in2024.data.region.contracts.find((c: { institution: { code: string } | null }) => c.institution?.code === 'DJGB');
    expect(djgb2024).toMatchObject({ validFrom: '2021-01-01', validTo: '2025-01-01', procurementModel: 'ADMINISTRATIVE_PROCUREMENT', financingForm: 'MONTHLY_RATE', riskSurchargePercent: 2 });
    const in2025 = await api.gql(READ, { on: '2025-06-01' });
    expect(in2025.data.region.contracts.find((c: { institution: { code: string } | null }) => c.institution?.code === 'DJGB'))
      .toMatchObject({ validFrom: '2025-01-01', indexationPercent: 3.5, products: [{ productCategory: '48', productCode: '48OTS' }] });
    expect(in2025.data.region.contracts.find((c: { provider: { code: string } | null }) => c.provider?.code === 'KENTER'))
      .toMatchObject({ provider: { code: 'KENTER', name: 'Kenter Jeugdhulp' }, procurementModel: 'OPEN_HOUSE', financingForm: 'PER_PRODUCT' });
    // LJR and WSS keep their seeded, open-ended contracts: three GIs and the provider in 2025.
    expect(in2025.data.region.contracts).toHaveLength(4);

    const gi = await api.gql('{ certifiedInstitution(code: "DJGB") { contracts { region { code } validFrom validTo } } }');
    expect(gi.data.certifiedInstitution.contracts.filter((c: { region: { code: string } }) => c.region.code === 'JZ11'))
      .toEqual([{ region: { code: 'JZ11' }, validFrom: '2021-01-01', validTo: '2025-01-01' }, { region: { code: 'JZ11' }, validFrom: '2025-01-01', validTo: null }]);
  });

  it('refuses another region\'s token and puts every change in the feed', async () => {
    const other = await api.gql(SYNC, { region: 'JZ24', contracts: [kenter] }, integrator);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const feed = await api.gql('{ changes(entity: Contract, first: 50) { edges { node { key operation } } } }', {}, integrator);
    expect(feed.data.changes.edges.map((e: { node: { key: string; operation: string } }) => `${e.node.operation} ${e.node.key}`)).toEqual([
      'CREATE JZ11/GI:DJGB/2025-01-01', 'CREATE JZ11/PROVIDER:KENTER/2024-01-01', 'UPDATE JZ11/GI:DJGB/2021-01-01',
    ]);
  });
});
