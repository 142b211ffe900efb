/**
 * An answer to a request with a token is the caller's own: a shared cache (CDN, proxy) must never serve it to
 * someone else, whatever the fields' hints say. Public reads keep the hints of schema/*.graphql.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

export const privateWithToken: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    if (!request.http?.headers.get('authorization')) return;
    return {
      // Not earlier: Apollo computes the fields' hints only while nothing has restricted the policy yet.
      async executionDidStart({ overallCachePolicy }) {
        overallCachePolicy.restrict({ scope: 'PRIVATE' });
      },
    };
  },
};
