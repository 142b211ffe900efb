/**
 * Limits that keep one request from exhausting the server. Each refusal answers HTTP 400 before anything runs,
 * with a code of its own and a message that says which limit was hit (graphql-armor's own messages all begin
 * "Syntax Error", which is not what happened).
 */
import type { ApolloServerOptions, ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, visit, type ValidationContext } from 'graphql';
import { pageSize } from '../domain/categorisation/localProducts.js';
import type { Context } from './context.js';

/**
 * Generous enough for GraphiQL's introspection query and every contract operation, also with `first: 500` written
 * in the query (armor multiplies a selection's cost by a literal `first`; a `first` given as a variable counts once).
 */
export const LIMITS = { maxTokens: 4000, maxDepth: 10, maxAliases: 20, maxCost: 25_000 } as const;

/** The codes a refused request carries, so a client can tell which limit it hit. */
export const LIMIT_CODES = ['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'QUERY_TOO_COSTLY', 'TOO_MANY_DIRECTIVES'] as const;
type LimitCode = (typeof LIMIT_CODES)[number];

/** Reports a refusal as a validation error (Apollo answers those 400) instead of throwing, which Apollo answers 500. */
const refuse = (code: LimitCode, message: string) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(new GraphQLError(message, { extensions: { code } }))],
});

const armor = new ApolloArmor({
  // Apollo's own parseOptions.maxTokens counts tokens while parsing and answers GRAPHQL_PARSE_FAILED.
  maxTokens: { enabled: false },
  // Suggestions are hidden by hideSuggestions below, also for enum values.
  blockFieldSuggestion: { enabled: false },
  maxDepth: { n: LIMITS.maxDepth, ...refuse('QUERY_TOO_DEEP', `The query is nested more than ${LIMITS.maxDepth} levels deep`) },
  // armor lets any number of `__typename` aliases through; a thousand of them is an attack all the same.
  maxAliases: { n: LIMITS.maxAliases, allowList: [], ...refuse('TOO_MANY_ALIASES', `The query uses more than ${LIMITS.maxAliases} aliases`) },
  costLimit: { maxCost: LIMITS.maxCost, ...refuse('QUERY_TOO_COSTLY', `The query selects too much at once (cost above ${LIMITS.maxCost}): split it into smaller queries`) },
  maxDirectives: { n: 50, ...refuse('TOO_MANY_DIRECTIVES', 'The query uses more than 50 directives') },
});

/** Every `first` of the operation (a literal or a variable) within the page cap, before anything runs. */
const pageSizes: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }: GraphQLRequestContextDidResolveOperation<Context>) {
        visit(document, {
          Argument(node) {
            if (node.name.value !== 'first') return;
            const value = node.value.kind === Kind.INT ? Number(node.value.value)
              : node.value.kind === Kind.VARIABLE ? request.variables?.[node.value.name.value] : undefined;
            if (typeof value !== 'number') return;
            try {
              pageSize(value);
            } catch (error) {
              throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
          },
        });
      },
    };
  },
};

/** Without introspection the schema is not for strangers to guess either: no "Did you mean …?" in errors. */
const hideSuggestions: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = error.message.replace(/ ?Did you mean [^?]*\?/g, '');
      },
    };
  },
};

/** The Apollo options that carry the limits. */
export function limitOptions(introspection: boolean): Pick<ApolloServerOptions<Context>, 'parseOptions' | 'validationRules' | 'plugins'> {
  const { validationRules } = armor.protect();
  return {
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules,
    plugins: [pageSizes, ...(introspection ? [] : [hideSuggestions])],
  };
}
