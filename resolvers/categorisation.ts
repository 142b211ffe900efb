/** The shared categorisation tree and the iJw units. */
import { listCategories } from '../src/domain/categorisation/categories.js';
import { units } from '../src/reference/units.js';
import type { Resolvers, Unit } from '../src/graphql/generated.js';

export const categorisationResolvers: Resolvers = {
  Query: {
    categories: (_, { level }, { em }) => listCategories(em, level),
    category: (_, { code }, { loaders }) => loaders.category.load(code),
    units: () => units.map((u) => ({ unit: u.enum as Unit, code: u.code, name: u.name, normalisesTo: u.normalisesTo as Unit | null })),
  },
  Category: {
    kind: (category) => category.kind as 'JEUGDHULP',
    parent: (category, _, { loaders }) => (category.parentCode ? loaders.category.load(category.parentCode) : null),
    children: (category, _, { loaders }) => loaders.categoryChildren.load(category.code),
  },
};
