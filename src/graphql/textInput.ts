/**
 * PostgreSQL text cannot hold the NUL character (U+0000), nor a lone UTF-16 surrogate (half of a character, which
 * JavaScript strings allow and JSON escapes as `\ud800`): a parameter carrying either fails the whole statement.
 * Such input is refused at the door instead, with HTTP 400 and where it was found.
 */
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from './context.js';

const NUL = '\u0000';

/** Deeper than any input of the schema nests (a membership file, the deepest, takes five levels). */
const MAX_DEPTH = 64;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** Why PostgreSQL cannot store this text, or undefined when it can. */
function unstorable(text: string): string | undefined {
  if (text.includes(NUL)) return 'contains the NUL character (U+0000), which text may not hold';
  if (!text.isWellFormed()) return 'contains a lone UTF-16 surrogate (half of a character), which is not Unicode text';
  return undefined;
}

interface Finding { path: (string | number)[]; why: string }

/** Where the first string PostgreSQL cannot store sits inside a value (the keys and indexes leading to it), and why. */
function unstorableIn(value: unknown, depth = 0): Finding | undefined {
  if (typeof value === 'string') {
    const why = unstorable(value);
    return why ? { path: [], why } : undefined;
  }
  // Refused rather than walked: a client's variables could otherwise nest deeper than the call stack goes.
  if (depth > MAX_DEPTH && value !== null && typeof value === 'object') throw badInput(`variables nest deeper than ${MAX_DEPTH} levels`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableIn(value[i], depth + 1);
      if (found) return { ...found, path: [i, ...found.path] };
    }
  } else if (value !== null && typeof value === 'object') {
    // the path is built only on a hit: a 10,000-row batch has 100,000 strings and, as a rule, nothing to find
    for (const key in value) {
      const found = unstorableIn(key) ?? unstorableIn((value as Record<string, unknown>)[key], depth + 1);
      if (found) return { ...found, path: [key, ...found.path] };
    }
  }
  return undefined;
}

/** A variable path as a client writes it: `$products[3].name`. */
const variablePath = ([name, ...rest]: (string | number)[]) =>
  `$${name}${rest.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')}`;

/** Per parsed document (Apollo reuses the same object for the same query text), so each is walked once. */
const literalsChecked = new WeakMap<DocumentNode, string | undefined>();

/** The first argument written in the query whose text PostgreSQL cannot store: its name and why. */
function unstorableInLiterals({ document }: GraphQLRequestContextDidResolveOperation<Context>): string | undefined {
  if (literalsChecked.has(document)) return literalsChecked.get(document);
  let found: string | undefined;
  visit(document, {
    Argument(argument) {
      visit(argument.value, {
        [Kind.STRING]: (node) => {
          const why = unstorable(node.value);
          if (why) found ??= `${argument.name.value} ${why}`;
        },
      });
    },
  });
  literalsChecked.set(document, found);
  return found;
}

export const refuseUnstorableText: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation(context) {
        const inVariables = unstorableIn(context.request.variables ?? {});
        const refusal = inVariables ? `${variablePath(inVariables.path)} ${inVariables.why}` : unstorableInLiterals(context);
        if (refusal) throw badInput(refusal);
      },
    };
  },
};
