/**
 * What a client sees of an error: expected ones (with a code a client can act on) as they are; anything
 * else masked as INTERNAL_SERVER_ERROR, with the detail logged here instead of sent.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

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
  // A scalar that rejects a literal surfaces as a validation error; its own code says what it is.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && causes(error).some((e) => e instanceof GraphQLError && e.extensions.code === 'BAD_USER_INPUT')) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphQLError && original.extensions.retry === true) {
    return { message: original.message, path: formatted.path, extensions: { code, retry: true } };
  }
  if (CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  console.error('unexpected error:', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The error and the chain of errors it wraps. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && chain.length < 5; e = (e as { originalError?: unknown }).originalError) chain.push(e);
  return chain;
}
