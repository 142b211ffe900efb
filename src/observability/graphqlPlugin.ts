/**
 * Tells the request's scope what GraphQL made of it (operation, caller, error codes), for the log line and
 * the metrics written when the request ends (src/observability/requestObserver.ts), and counts the rows of
 * bulk writes from the mutation's own result (whatever fields the client selected).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import type { Metrics } from './metrics.js';
import { currentRequest } from './requestScope.js';

/** The result every bulk write returns (SyncResult and its kin). */
interface BulkResult {
  applied: boolean;
  created?: number;
  updated?: number;
  unchanged?: number;
  errors: unknown[];
}

const isBulkResult = (value: unknown): value is BulkResult =>
  typeof value === 'object' && value !== null && typeof (value as BulkResult).applied === 'boolean' && Array.isArray((value as BulkResult).errors);

function countBulkWrite(metrics: Metrics, mutation: string, result: BulkResult, dryRun: boolean): void {
  const rejected = result.errors.length > 0;
  metrics.syncBatches.inc({ mutation, outcome: rejected ? 'rejected' : dryRun ? 'dry_run' : 'applied' });
  if (rejected) metrics.syncRows.inc({ mutation, outcome: 'rejected' }, result.errors.length);
  if (!result.applied) return;
  for (const outcome of ['created', 'updated', 'unchanged'] as const) metrics.syncRows.inc({ mutation, outcome }, result[outcome] ?? 0);
}

export const observabilityPlugin = (metrics: Metrics): ApolloServerPlugin<Context> => ({
  async requestDidStart({ request, contextValue }) {
    const scope = currentRequest();
    if (!scope) return;
    const principal = contextValue.caller.principal;
    if (principal) scope.caller = { subject: principal.subject, roles: principal.roles };
    return {
      async didResolveOperation({ operation }) {
        if (operation) scope.operation = { name: metrics.operationLabel(request.operationName ?? operation.name?.value), type: operation.operation };
      },
      async executionDidStart({ operation }) {
        // Only mutations hold bulk writes; queries run without a per-field hook.
        if (operation?.operation !== 'mutation') return;
        return {
          willResolveField({ info, args }) {
            if (info.parentType.name !== 'Mutation') return;
            return (error, result) => {
              if (!error && isBulkResult(result)) countBulkWrite(metrics, info.fieldName, result, (args as { dryRun?: boolean }).dryRun === true);
            };
          },
        };
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          scope.errorCodes.add(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        }
      },
    };
  },
});
