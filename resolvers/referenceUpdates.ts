/** Admin loads of new CBS membership years. */
import { authoriseAdmin } from '../src/auth/authorise.js';
import { loadMembershipYears } from '../src/domain/reference/loadMemberships.js';
import type { Resolvers } from '../src/graphql/generated.js';

export const referenceUpdateResolvers: Resolvers = {
  Mutation: {
    loadRegionMembership: (_, args, { em, caller }) =>
      loadMembershipYears(em, args.data, authoriseAdmin(caller), args.dryRun ?? false),
  },
};
