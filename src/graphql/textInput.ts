/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a query parameter carrying it fails the whole statement
 * with a protocol error. Such input is refused at the door instead, with HTTP 400 and where it was found.
 */
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from './context.js';

const NUL = '\u0000';

/** Deeper than any input of the schema nests (a membership file, the deepest, takes five levels). */
const MAX_DEPTH = 64;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** Where the first string holding NUL sits inside a value: the keys and indexes leading to it. */
function nulIn(value: unknown, depth = 0): (string | number)[] | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? [] : undefined;
  // Refused rather than walked: a client's variables could otherwise nest deeper than the call stack goes.
  if (depth > MAX_DEPTH && value !== null && typeof value === 'object') throw badInput(`variables nest deeper than ${MAX_DEPTH} levels`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulIn(value[i], depth + 1);
      if (found) return [i, ...found];
    }
  } else if (value !== null && typeof value === 'object') {
    // the path is built only on a hit: a 10,000-row batch has 100,000 strings and, as a rule, no NUL
    for (const key in value) {
      const found = key.includes(NUL) ? [] : nulIn((value as Record<string, unknown>)[key], depth + 1);
      if (found) return [key, ...found];
    }
  }
  return undefined;
}

/** A variable path as a client writes it: `$products[3].name`. */
const variablePath = ([name, ...rest]: (string | number)[]) =>
  `$${name}${rest.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')}`;

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
        const inVariables = nulIn(context.request.variables ?? {});
        const where = inVariables ? variablePath(inVariables) : nulInLiterals(context);
        if (where) throw badInput(`${where} contains the NUL character (U+0000), which text may not hold`);
      },
    };
  },
};
