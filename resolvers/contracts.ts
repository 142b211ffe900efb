/** Contracts of regions with GIs and providers: the sync and the fields that read them back. */
import { syncContracts } from '../src/domain/contracts/syncContracts.js';
import { regionWrite } from '../src/domain/reference/regionWrite.js';
import type { FinancingForm, ProcurementModel, Resolvers } from '../src/graphql/generated.js';

export const contractResolvers: Resolvers = {
  Mutation: {
    syncContracts: async (_, args, { em, caller, config }) =>
      syncContracts(em, { ...(await regionWrite(em, caller, args.region)), contracts: args.contracts, dryRun: args.dryRun ?? false, maxRows: config.maxBatchRows }),
  },
  Contract: {
    region: async (contract, _, { loaders }) => (await loaders.region.load(contract.regionCode))!,
    institution: (contract, _, { loaders }) => (contract.institutionCode ? loaders.institution.load(contract.institutionCode) : null),
    provider: (contract, _, { loaders }) => (contract.providerCode ? loaders.provider.load(contract.providerCode) : null),
    procurementModel: (contract) => contract.procurementModel as ProcurementModel | null,
    financingForm: (contract) => contract.financingForm as FinancingForm | null,
    products: (contract) => contract.products.map((key) => {
      const [productCategory, productCode] = key.split('/');
      return { productCategory, productCode };
    }),
  },
};
