/** Integrator writes and the change feed. Authorisation is decided in src/auth/authorise.ts. */
import { readableChangeRegions } from '../src/auth/authorise.js';
import { changesFeed } from '../src/domain/changes/feed.js';
import { regionWrite } from '../src/domain/reference/regionWrite.js';
import { syncProducts } from '../src/domain/sync/syncProducts.js';
import type { ChangeEntity, ChangeOperation, Resolvers } from '../src/graphql/generated.js';

export const syncResolvers: Resolvers = {
  Mutation: {
    syncLocalProducts: async (_, args, { em, caller, config }) =>
      syncProducts(em, { ...(await regionWrite(em, caller, args.region)), products: args.products, dryRun: args.dryRun ?? false, maxRows: config.maxBatchRows }),
  },
  Query: {
    changes: (_, args, { em, caller }) => changesFeed(em, { ...args, readable: readableChangeRegions(caller) }),
  },
  ChangeConnection: {
    totalCount: (page) => page.count(),
  },
  Change: {
    id: (change) => String(change.id),
    key: (change) => change.entityKey,
    entity: (change) => change.entity as ChangeEntity,
    operation: (change) => change.operation as ChangeOperation,
    region: (change, _, { loaders }) => (change.regionCode ? loaders.region.load(change.regionCode) : null),
  },
};
