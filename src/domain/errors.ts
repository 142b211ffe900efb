/** Errors a client may see: each carries a stable `extensions.code`, and a message a person understands. */
import { GraphQLError } from 'graphql';

export const notFound = (message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
export const unauthenticated = (message = 'A valid bearer token is required') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
export const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
