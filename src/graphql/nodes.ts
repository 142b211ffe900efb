/**
 * Global object identification (Relay) and federation entity references. Every entity type gets an opaque,
 * stable `id` (base64url of `Type:key`), `node(id:)` and `nodes(ids:)` load them back through the request's
 * DataLoaders (so a page of ids costs one statement per type), and the types other subgraphs may reference
 * resolve their `@key` the same way.
 */
import { MAX_PAGE } from '../domain/categorisation/localProducts.js';
import { badInput } from '../domain/errors.js';
import type { Loaders } from './loaders.js';
import type { Context } from './context.js';

interface NodeType {
  /** The row's key inside its type, e.g. a region code or a product id. */
  key(row: any): string;
  load(loaders: Loaders, key: string): Promise<object | null>;
}

/** Loads a list through a loader and picks the row whose key matches (mappings and memberships have no own loader). */
const pick = async <T>(rows: Promise<T[]>, match: (row: T) => boolean) => (await rows).find(match) ?? null;

const NODE_TYPES: Record<string, NodeType> = {
  Province: { key: (r) => r.code, load: (l, k) => l.province.load(k) },
  Region: { key: (r) => r.code, load: (l, k) => l.region.load(k) },
  Municipality: { key: (r) => r.code, load: (l, k) => l.municipality.load(k) },
  CertifiedInstitution: { key: (r) => r.code, load: (l, k) => l.institution.load(k) },
  Provider: { key: (r) => r.code, load: (l, k) => l.provider.load(k) },
  Category: { key: (r) => r.code, load: (l, k) => l.category.load(k) },
  LocalProduct: { key: (r) => String(r.id), load: (l, k) => l.product.load(Number(k)) },
  Contract: { key: (r) => String(r.id), load: (l, k) => l.contract.load(Number(k)) },
  Mapping: {
    key: (r) => `${r.productId}/${r.categoryCode}`,
    load: (l, k) => {
      const [productId, category] = k.split('/');
      return pick(l.productMappings.load(Number(productId)), (m) => m.categoryCode === category);
    },
  },
  RegionMembership: {
    key: (r) => `${r.municipalityCode}/${r.regionCode}/${r.validFrom}`,
    load: (l, k) => {
      const [municipality, region, validFrom] = k.split('/');
      return pick(l.memberships.load(municipality), (m) => m.regionCode === region && m.validFrom === validFrom);
    },
  },
};

export const toGlobalId = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64url');

function fromGlobalId(id: string): { type: string; key: string } | null {
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const type = text.slice(0, colon);
  return colon > 0 && NODE_TYPES[type] && toGlobalId(type, text.slice(colon + 1)) === id ? { type, key: text.slice(colon + 1) } : null;
}

/** The entity an id names, tagged with its type; null for an id this API did not hand out or a row gone since. */
export async function loadNode(id: string, loaders: Loaders): Promise<object | null> {
  const parsed = fromGlobalId(id);
  if (!parsed) return null;
  const row = await NODE_TYPES[parsed.type].load(loaders, parsed.key);
  return row ? { ...row, __typename: parsed.type } : null;
}

type Reference = { code?: string; id?: string };

/** An `id` resolver for every entity type, and `__resolveReference` for the federation keys. */
export const nodeResolvers = {
  Query: {
    node: (_: unknown, { id }: { id: string }, { loaders }: Context) => loadNode(id, loaders),
    nodes: (_: unknown, { ids }: { ids: string[] }, { loaders }: Context) => {
      if (ids.length > MAX_PAGE) throw badInput(`nodes takes at most ${MAX_PAGE} ids; got ${ids.length}`);
      return Promise.all(ids.map((id) => loadNode(id, loaders)));
    },
  },
  Node: { __resolveType: (node: { __typename: string }) => node.__typename },
  ...Object.fromEntries(Object.entries(NODE_TYPES).map(([type, spec]) => [type, {
    id: (row: object) => toGlobalId(type, spec.key(row)),
    // Other subgraphs reference code-keyed types by `code`, products by their global `id`.
    __resolveReference: async (ref: Reference, { loaders }: Context) =>
      (ref.code !== undefined ? spec.load(loaders, ref.code) : ref.id !== undefined ? loadNode(ref.id, loaders) : null),
  }])),
};
