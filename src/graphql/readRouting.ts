/** Sends the reads of a query to the read replica (when there is one); mutations stay on the primary throughout. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

export const readRouting: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'query') contextValue.route.connection = 'read';
      },
    };
  },
};
