/** Records every write, and every read of case-derived data, in the audit log once its answer is known. */
import type { ApolloServerPlugin } from '@apollo/server';
import { auditEntries, recordAudit } from '../domain/audit/record.js';
import { logger, safeError } from '../observability/logger.js';
import type { Context } from './context.js';

export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, request, response, contextValue, schema }) {
        if (!operation || response.body.kind !== 'single') return;
        const { data, errors = [] } = response.body.singleResult;
        try {
          await recordAudit(contextValue.em, auditEntries({
            schema, operation, variables: request.variables ?? {}, data, errors, principal: contextValue.caller.principal,
          }));
        } catch (error) {
          // The answer stands; the operator learns that an audit event is missing (Apollo would swallow it).
          logger.error({ operation: request.operationName, err: safeError(error) }, 'audit event not recorded');
        }
      },
    };
  },
};
