/** Local products: translation, listing by shared category, comparison and coverage. */
import { compareRegions } from '../src/domain/categorisation/compare.js';
import { mappingCoverage, unmappedProducts } from '../src/domain/categorisation/coverage.js';
import { localProductsForCategory } from '../src/domain/categorisation/localProducts.js';
import { translate } from '../src/domain/categorisation/translate.js';
import { onDate } from '../src/domain/sql.js';
import type { Relationship, Resolvers, Unit } from '../src/graphql/generated.js';

export const productResolvers: Resolvers = {
  Query: {
    translate: async (_, args, { em, loaders }) => {
      const translation = await translate(em, args.region, args.productCategory, args.productCode, onDate(args));
      for (const category of translation.categories) loaders.category.prime(category.code, category);
      return translation;
    },
    localProducts: (_, args, { em }) => localProductsForCategory(em, { ...args, on: onDate(args) }),
    compareRegions: async (_, args, { em }) =>
      (await compareRegions(em, { ...args, on: onDate(args) })).map((row) => ({
        ...row,
        tariffs: row.tariffs.map((t) => ({ ...t, unit: t.unit as Unit })),
      })),
    mappingCoverage: (_, args, { em }) => mappingCoverage(em, onDate(args)),
    unmappedProducts: (_, args, { em }) => unmappedProducts(em, args.region, onDate(args)),
  },
  LocalProduct: {
    unit: (product) => product.unit as Unit,
    region: async (product, _, { loaders }) => (await loaders.region.load(product.regionCode))!,
    mappings: (product, _, { loaders }) => loaders.productMappings.load(product.id),
  },
  Mapping: {
    relationship: (mapping) => mapping.relationship as Relationship,
    category: async (mapping, _, { loaders }) => (await loaders.category.load(mapping.categoryCode))!,
  },
};
