/**
 * The executable schema: the SDL files in schema/ with the resolver maps in resolvers/, built as an Apollo
 * Federation v2 subgraph (a client calling it directly sees the same API, plus `_service` and `_entities`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { mergeResolvers } from '@graphql-tools/merge';
import { parse } from 'graphql';
import { auditResolvers } from '../../resolvers/audit.js';
import { categorisationResolvers } from '../../resolvers/categorisation.js';
import { contractResolvers } from '../../resolvers/contracts.js';
import { productResolvers } from '../../resolvers/products.js';
import { referenceResolvers } from '../../resolvers/reference.js';
import { referenceUpdateResolvers } from '../../resolvers/referenceUpdates.js';
import { scalarResolvers } from '../../resolvers/scalars.js';
import { syncResolvers } from '../../resolvers/sync.js';
import { projectPath } from '../projectRoot.js';
import type { Context } from './context.js';
import { nodeResolvers } from './nodes.js';

const schemaDir = projectPath('schema');

export const typeDefs = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(path.join(schemaDir, file), 'utf8'));

const resolvers = mergeResolvers([
  scalarResolvers, referenceResolvers, categorisationResolvers, productResolvers, syncResolvers, contractResolvers,
  referenceUpdateResolvers, auditResolvers, nodeResolvers,
]);

export const schema = buildSubgraphSchema([{ typeDefs: parse(typeDefs.join('\n')), resolvers: resolvers as GraphQLResolverMap<Context> }]);
