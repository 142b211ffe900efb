/** What is running (the same as GET /version). */
import { apiInfo } from '../src/observability/apiInfo.js';
import type { Resolvers } from '../src/graphql/generated.js';

export const apiInfoResolvers: Resolvers = {
  Query: {
    apiInfo: (_, __, { em }) => apiInfo(em),
  },
};
