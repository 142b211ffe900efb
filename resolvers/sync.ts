/** Integrator writes and the change feed. Authorisation is decided in src/auth/authorise.ts. */
import { authoriseRegionWrite, readableChangeRegions } from '../src/auth/authorise.js';
import { regionCode } from '../src/domain/codes.js';
import { changesFeed } from '../src/domain/changes/feed.js';
import { requireRegions } from '../src/domain/reference/regions.js';
import { syncProducts } from '../src/domain/sync/syncProducts.js';
import type { ChangeEntity, ChangeOperation, Resolvers } from '../src/graphql/generated.js';

export const syncResolvers: Resolvers = {
  Mutation: {
    syncLocalProducts: async (_, args, { em, caller, config }) => {
      const region = regionCode(args.region);
      const principal = authoriseRegionWrite(caller, region);
      await requireRegions(em, [region]);
      return syncProducts(em, { region, products: args.products, dryRun: args.dryRun ?? false, principal, maxRows: config.maxBatchRows });
    },
  },
  Query: {
    changes: (_, args, { em, caller }) => changesFeed(em, { ...args, readable: readableChangeRegions(caller) }),
  },
  Change: {
    id: (change) => String(change.id),
    key: (change) => change.entityKey,
    entity: (change) => change.entity as ChangeEntity,
    operation: (change) => change.operation as ChangeOperation,
    region: (change, _, { loaders }) => (change.regionCode ? loaders.region.load(change.regionCode) : null),
  },
};
