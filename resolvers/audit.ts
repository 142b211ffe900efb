/** The audit log: admins only. */
import { authoriseAdmin } from '../src/auth/authorise.js';
import { auditLog } from '../src/domain/audit/read.js';
import type { Resolvers } from '../src/graphql/generated.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_, args, { em, caller }) => {
      authoriseAdmin(caller);
      return auditLog(em, args);
    },
  },
  AuditEventConnection: {
    totalCount: (page) => page.count(),
  },
};
