/** The executable schema: the SDL files in schema/ with the resolver maps in resolvers/. */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { apiInfoResolvers } from '../../resolvers/apiInfo.js';
import { auditResolvers } from '../../resolvers/audit.js';
import { categorisationResolvers } from '../../resolvers/categorisation.js';
import { contractResolvers } from '../../resolvers/contracts.js';
import { productResolvers } from '../../resolvers/products.js';
import { referenceResolvers } from '../../resolvers/reference.js';
import { referenceUpdateResolvers } from '../../resolvers/referenceUpdates.js';
import { scalarResolvers } from '../../resolvers/scalars.js';
import { syncResolvers } from '../../resolvers/sync.js';
import { typeDefs } from './typeDefs.js';

export const schema = makeExecutableSchema({
  typeDefs,
  resolvers: [scalarResolvers, referenceResolvers, categorisationResolvers, productResolvers, syncResolvers, contractResolvers, referenceUpdateResolvers, auditResolvers, apiInfoResolvers],
});
