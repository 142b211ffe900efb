/**
 * The executable schema: the SDL files in schema/ with the resolver maps in resolvers/, built as an Apollo
 * Federation v2 subgraph (a client calling it directly sees the same API, plus `_service` and `_entities`).
 */
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { mergeResolvers } from '@graphql-tools/merge';
import { parse } from 'graphql';
import { apiInfoResolvers } from '../../resolvers/apiInfo.js';
import { auditResolvers } from '../../resolvers/audit.js';
import { availabilityResolvers } from '../../resolvers/availability.js';
import { categorisationResolvers } from '../../resolvers/categorisation.js';
import { contractResolvers } from '../../resolvers/contracts.js';
import { monitorResolvers } from '../../resolvers/monitor.js';
import { productResolvers } from '../../resolvers/products.js';
import { referenceResolvers } from '../../resolvers/reference.js';
import { referenceUpdateResolvers } from '../../resolvers/referenceUpdates.js';
import { scalarResolvers } from '../../resolvers/scalars.js';
import { syncResolvers } from '../../resolvers/sync.js';
import type { Context } from './context.js';
import { nodeResolvers } from './nodes.js';
import { typeDefs } from './typeDefs.js';

export { typeDefs };

const resolvers = mergeResolvers([
  scalarResolvers, referenceResolvers, categorisationResolvers, productResolvers, syncResolvers, contractResolvers,
  referenceUpdateResolvers, auditResolvers, monitorResolvers, availabilityResolvers, nodeResolvers, apiInfoResolvers,
]);

export const schema = buildSubgraphSchema([{ typeDefs: parse(typeDefs.join('\n')), resolvers: resolvers as GraphQLResolverMap<Context> }]);
