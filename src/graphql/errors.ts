/**
 * What a client sees of an error: expected ones (with a code a client can act on) as they are; anything
 * else masked as INTERNAL_SERVER_ERROR, with the detail logged here instead of sent.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { requestCancelled } from '../db/connectionGuard.js';
import { databaseFault, faultError } from '../db/faults.js';
import { LIMIT_CODES } from './limits.js';
import { logger, safeError } from '../observability/logger.js';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', ...LIMIT_CODES,
]);

/** Codes a validation error may carry instead of GRAPHQL_VALIDATION_FAILED, which Apollo puts on every one. */
const VALIDATION_CODES = new Set<string>(['BAD_USER_INPUT', ...LIMIT_CODES]);

/**
 * GraphQL's message for a bad variable repeats the value sent, which may hold a case record or a BSN: keep the
 * variable, the path and the reason, never the value.
 */
export function withoutInputValues(message: string): string {
  const match = message.match(/^(Variable "\$[^"]+") got invalid value [\s\S]*?((?: at "[^"]*")?; [\s\S]*)$/);
  if (!match) return message;
  return `${match[1]} got an invalid value${match[2].replace(/(cannot represent [^:]*): [\s\S]*$/, '$1')}`;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  formatted = { ...formatted, message: withoutInputValues(formatted.message) };
  const original = unwrapResolverError(error);
  const code = String(formatted.extensions?.code ?? '');
  // A scalar that rejects a literal, or a limit, surfaces as a validation error; its own code says what it is.
  const specific = code === 'GRAPHQL_VALIDATION_FAILED' && causes(error)
    .map((e) => (e instanceof GraphQLError ? String(e.extensions.code) : '')).find((c) => VALIDATION_CODES.has(c));
  if (specific) return { message: formatted.message, locations: formatted.locations, extensions: { code: specific } };
  // A database fault anywhere in a request (also before a batch's transaction) is retryable, never masked.
  const fault = databaseFault(original);
  if (fault) {
    // A client that hung up had its statements cancelled on purpose (src/app.ts): no fault of the database.
    if (requestCancelled()) logger.debug({ fault }, 'statement cancelled: the client hung up');
    else logger.warn({ fault, err: safeError(original) }, 'database fault');
    const { message, extensions } = faultError(fault);
    return { message, path: formatted.path, extensions };
  }
  if (CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error({ err: safeError(original) }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The error and the chain of errors it wraps. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && chain.length < 5; e = (e as { originalError?: unknown }).originalError) chain.push(e);
  return chain;
}
