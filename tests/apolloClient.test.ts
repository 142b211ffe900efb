/**
 * Apollo Client with its default InMemoryCache against the running API: no cache warnings, entities
 * normalised by their global id, cursor pages merged; and node(id:)/nodes(ids:) loading entities back.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { insertProducts } from './helpers/products.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi('reference');
  await insertProducts(api.db, ['45A01', '45A02', '45A03'].map((code, i) => ({
    region: 'JZ11', productCategory: '45', productCode: code, name: `Behandeling ${i}`, unit: 'HOUR', tariffCents: 9000 + i, validFrom: '2025-01-01',
    mappings: [['45-BHI', 'EQUIVALENT']] as [string, string][],
  })));
});
afterAll(() => api?.close());

const REGION = gql`query Region { region(code: "JZ11") { id code name municipalities(on: "2025-06-01") { id code name province { id code name } } } }`;
const PROVINCE = gql`query Province { province(code: "PV27") { id code name } }`;
const PRODUCTS = gql`query Products($after: String) {
  localProducts(category: "45-BHI", on: "2025-06-01", first: 2, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id productCode name region { id code } mappings { id relationship category { id code } } } } } }`;

describe('Apollo Client with the default InMemoryCache', () => {
  it('normalises every entity, merges cursor pages, and warns about nothing', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${api.url}/graphql`, fetch }),
      cache: new InMemoryCache({ typePolicies: { Query: { fields: { localProducts: relayStylePagination(['category', 'on']) } } } }),
    });

    const region = await client.query<any>({ query: REGION });
    const province = await client.query<any>({ query: PROVINCE });
    const first = await client.query<any>({ query: PRODUCTS });
    expect(first.data!.localProducts.edges).toHaveLength(2);
    expect(first.data!.localProducts.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // As fetchMore does: the next page from the network, merged by the type policy.
    await client.query<any>({ query: PRODUCTS, variables: { after: first.data!.localProducts.pageInfo.endCursor }, fetchPolicy: 'network-only' });

    // The two pages merged into one list of three, in order.
    const merged = client.readQuery<any>({ query: PRODUCTS });
    expect(merged!.localProducts.edges.map((e: { node: { productCode: string } }) => e.node.productCode)).toEqual(['45A01', '45A02', '45A03']);

    // Normalised: Noord-Holland is one cache entry, shared by the province query and every Haarlem-area municipality.
    const cache = client.extract() as Record<string, { __typename?: string; code?: string }>;
    const provinces = Object.values(cache).filter((entry) => entry.__typename === 'Province');
    expect(provinces.map((p) => p.code)).toEqual(['PV27']);
    expect(Object.values(cache).filter((entry) => entry.__typename === 'Region').map((r) => r.code)).toEqual(['JZ11']);
    expect(region.data!.region.municipalities[0].province.id).toBe(province.data!.province.id);

    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });
});

describe('node and nodes', () => {
  it('load any entity back by its id, in batches', async () => {
    const ids = await api.gql(`{ region(code: "JZ11") { id } municipality(code: "GM0392") { id regionHistory { id } }
      category(code: "45-BHI") { id } localProducts(category: "45-BHI", first: 3) { edges { node { id mappings { id } } } } }`);
    const { region, municipality, category, localProducts } = ids.data;
    const all = [region.id, municipality.id, municipality.regionHistory[0].id, category.id,
      ...localProducts.edges.map((e: { node: { id: string } }) => e.node.id), localProducts.edges[0].node.mappings[0].id];
    expect(new Set(all).size).toBe(all.length); // unique across types

    const { statements, response } = await api.countStatements(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
      ... on Region { code } ... on Municipality { code } ... on RegionMembership { validFrom region { code } }
      ... on Category { code } ... on LocalProduct { productCode } ... on Mapping { relationship } } }`, { ids: [...all, 'bm9uc2Vuc2U'] });
    expect(response.errors).toBeUndefined();
    expect(response.data.nodes.map((n: { __typename: string } | null) => n?.__typename ?? null)).toEqual([
      'Region', 'Municipality', 'RegionMembership', 'Category', 'LocalProduct', 'LocalProduct', 'LocalProduct', 'Mapping', null,
    ]);
    expect(response.data.nodes.map((n: { id?: string } | null) => n?.id ?? null)).toEqual([...all, null]);
    expect(response.data.nodes[0].code).toBe('JZ11');
    expect(response.data.nodes[1].code).toBe('GM0392');
    // One statement per loader: regions, municipalities, memberships, categories, products, mappings.
    expect(statements).toBe(6);

    const single = await api.gql(`query($id: ID!) { node(id: $id) { id ... on Category { name } } }`, { id: category.id });
    expect(single.data.node).toEqual({ id: category.id, name: expect.any(String) });
  });
});
