/**
 * Every field of every object type reachable from the root Query fields, selected by queries generated from the
 * schema and run against the demo data: any error fails, so a field like `Mapping.setAt` cannot break unnoticed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/nodes.js';
import { schema } from '../src/graphql/schema.js';
import { startApi, type TestApi } from './helpers/api.js';
import { everyFieldQueries, reachableFields, resolvedFields, type ArgumentValues } from './helpers/everyField.js';
import { post } from './helpers/http.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

/** Demo-data values that find something: JZ11's product 45V8J maps onto 45-BHI; Heerhugowaard (GM0398) merged in 2022. */
const VALUES: ArgumentValues = {
  'Query.region.code': '"JZ11"',
  'Query.province.code': '"PV27"',
  'Query.municipality.code': '"GM0398"',
  'Query.category.code': '"45-BHI"',
  'Query.certifiedInstitution.code': '"JBRA"',
  'Query.regions.province': '"PV27"',
  'Query.translate.region': '"JZ11"',
  'Query.translate.productCategory': '"45"',
  'Query.translate.productCode': '"45V8J"',
  'Query.localProducts.category': '"45-BHI"',
  'Query.localProducts.regions': '["JZ11", "JZ24"]',
  'Query.compareRegions.category': '"45-BHI"',
  'Query.compareRegions.regions': '["JZ11", "JZ24"]',
  'Query.unmappedProducts.region': '"JZ11"',
  'Query.node.id': `"${toGlobalId('Region', 'JZ11')}"`,
  'Query.nodes.ids': `["${toGlobalId('Municipality', 'GM0398')}", "${toGlobalId('Category', '45-BHI')}"]`,
  'Query.provider.code': '"DEMO01"',
  'Query.protectionMonitor.from': '"2024-01-01"',
  'Query.protectionMonitor.to': '"2024-12-31"',
  'Query.availability.category': '"45"',
  'Query.availability.region': '"JZ11"',
  'Query._entities.representations': '[{ __typename: "Region", code: "JZ11" }, { __typename: "Municipality", code: "GM0363" }]',
  first: '3',
  on: '"2025-06-01"',
};

/** Federation's own entry points (`_service`, `_entities`) too: a gateway calls them (tests/federation.test.ts). */
const ROOTS = Object.keys(schema.getQueryType()!.getFields());

let api: TestApi;
let admin: Record<string, string>;
/** When the one write below ran: its DateTime fields must fall in between. */
let wroteAfter: number;
let wroteBefore: number;
beforeAll(async () => {
  api = await startApi('demo', { JWT_SECRET: TEST_SECRET });
  admin = await bearer({ sub: 'every-field', roles: ['admin'] });
  // One write, so the change feed has something to show.
  wroteAfter = Date.now() - 1000;
  const sync = await api.gql(`mutation { syncLocalProducts(region: "JZ11", products: [{ productCategory: "45", productCode: "45X01",
    name: "Ambulante behandeling", unit: HOUR, tariffCents: 9500, validFrom: "2026-01-01", mappings: [{ category: "45-BHI" }] }]) { applied } }`, {}, admin);
  expect(sync).toEqual({ data: { syncLocalProducts: { applied: true } } });
  wroteBefore = Date.now() + 1000;
  // The demo data has no provider contracts: one, so a contract's provider has fields to show.
  const contract = await api.gql(`mutation { syncContracts(region: "JZ11", contracts: [{ provider: "DEMO01", validFrom: "2025-01-01",
    procurementModel: OPEN_HOUSE, financingForm: PER_PRODUCT, products: [{ productCategory: "45", productCode: "45V8J" }] }]) { applied errors { message } } }`, {}, admin);
  expect(contract).toEqual({ data: { syncContracts: { applied: true, errors: [] } } });
});
afterAll(async () => { await api?.close(); });

describe('DateTime fields', () => {
  it('answer the write\'s time as an ISO 8601 instant in UTC (Mapping.setAt, Change.changedAt)', async () => {
    const { data, errors } = await api.gql(`{
      translate(region: "JZ11", productCategory: "45", productCode: "45X01", on: "2026-02-01") { matches { setBy setAt } }
      changes(first: 1) { edges { node { principal changedAt } } } }`, {}, admin);
    expect(errors).toBeUndefined();
    const [mapping] = data.translate.matches;
    const [{ node: change }] = data.changes.edges;
    expect(mapping.setBy).toBe('every-field');
    expect(change.principal).toBe('every-field');
    for (const instant of [mapping.setAt, change.changedAt]) {
      expect(instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(instant)).toBeGreaterThan(wroteAfter);
      expect(Date.parse(instant)).toBeLessThan(wroteBefore);
    }
  });
});

describe('every field', () => {
  const queries = everyFieldQueries(schema, ROOTS, VALUES);

  it('generates queries that select every field of every type the root fields reach', () => {
    const selected = new Set(queries.flatMap((q) => [...q.selected]));
    expect([...reachableFields(schema, ROOTS)].filter((field) => !selected.has(field))).toEqual([]);
    expect(selected).toContain('Mapping.setAt');
    expect(selected).toContain('Change.changedAt');
  });

  /** What the answers resolved, gathered by the tests above for the one below. */
  const resolved = new Set<string>();

  it.each(queries.map((q) => [q.root, q.query]))('Query.%s answers every field without an error', async (root, query) => {
    const response = await post(api.url, { query }, admin);
    expect(response.json.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.json.data[root]).not.toBeNull();
    for (const field of resolvedFields(schema, root, response.json.data)) resolved.add(field);
  });

  it('resolves every reachable field at least once on the demo data', () => {
    expect([...reachableFields(schema, ROOTS)].filter((field) => !resolved.has(field))).toEqual([]);
  });
});
