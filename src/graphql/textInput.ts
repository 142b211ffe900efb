/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a query parameter carrying it fails the whole statement
 * with a protocol error. Such input is refused at the door instead, with HTTP 400 and where it was found.
 */
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from './context.js';

const NUL = '\u0000';

/** The path of the first string holding NUL inside a variable's value, e.g. `$products[3].name`. */
function nulIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulIn(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path.endsWith('$') ? `${path}${key}` : `${path}.${key}`;
      const found = key.includes(NUL) ? at : nulIn(item, at);
      if (found) return found;
    }
  }
  return undefined;
}

/** Per parsed document (Apollo reuses the same object for the same query text), so each is walked once. */
const literalsChecked = new WeakMap<DocumentNode, string | undefined>();

/** The first argument written in the query whose text holds NUL. */
function nulInLiterals({ document }: GraphQLRequestContextDidResolveOperation<Context>): string | undefined {
  if (literalsChecked.has(document)) return literalsChecked.get(document);
  let found: string | undefined;
  visit(document, {
    Argument(argument) {
      visit(argument.value, { [Kind.STRING]: (node) => { if (node.value.includes(NUL)) found ??= argument.name.value; } });
    },
  });
  literalsChecked.set(document, found);
  return found;
}

export const refuseNulText: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation(context) {
        const where = nulIn(context.request.variables ?? {}, '$') ?? nulInLiterals(context);
        if (!where) return;
        throw new GraphQLError(`${where} contains the NUL character (U+0000), which text may not hold`, {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        });
      },
    };
  },
};
