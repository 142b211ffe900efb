/** Providers, what they serve and the room they report. Authorisation is decided in src/auth/authorise.ts. */
import { providerByCodeOrAgb } from '../src/domain/availability/providers.js';
import { availability } from '../src/domain/availability/read.js';
import { providersWrite, providerWrite } from '../src/domain/availability/providerWrite.js';
import { reportAvailability } from '../src/domain/availability/reportAvailability.js';
import { syncProviders } from '../src/domain/availability/syncProviders.js';
import { categoryCode, regionCode } from '../src/domain/codes.js';
import { onDate } from '../src/domain/sql.js';
import type { Resolvers } from '../src/graphql/generated.js';

export const availabilityResolvers: Resolvers = {
  Mutation: {
    syncProviders: (_, args, { em, caller, config }) =>
      syncProviders(em, { principal: providersWrite(caller, args.providers.map((p) => p.code)), providers: args.providers, dryRun: args.dryRun ?? false, maxRows: config.maxBatchRows }),
    reportAvailability: async (_, args, { em, caller, config }) =>
      reportAvailability(em, { ...(await providerWrite(em, caller, args.provider)), items: args.items, maxRows: config.maxBatchRows }),
  },
  Query: {
    provider: (_, args, { em }) => providerByCodeOrAgb(em, args.code),
    availability: (_, args, { em }) =>
      availability(em, { category: categoryCode(args.category), region: regionCode(args.region), on: onDate(args) }),
  },
  Provider: {
    // syncProviders admits only known codes, so every one resolves
    categories: async (provider, _, { loaders }) =>
      Promise.all((await loaders.providerCategories.load(provider.code)).map(async (code) => (await loaders.category.load(code))!)),
    regions: async (provider, _, { loaders }) =>
      Promise.all((await loaders.providerRegions.load(provider.code)).map(async (code) => (await loaders.region.load(code))!)),
  },
  Availability: {
    provider: async (row, _, { loaders }) => (await loaders.provider.load(row.providerCode))!,
    category: async (row, _, { loaders }) => (await loaders.category.load(row.categoryCode))!,
  },
};
