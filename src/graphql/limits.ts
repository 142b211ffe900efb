/**
 * Limits that keep one request from exhausting the server. Each refusal answers HTTP 400 before anything runs,
 * with a code of its own and a message that says which limit was hit (graphql-armor's own messages all begin
 * "Syntax Error", which is not what happened).
 */
import type { ApolloServerOptions, ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, TypeInfo, validate, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { DEFAULT_PAGE, pageSize } from '../domain/batch/pages.js';
import type { Context } from './context.js';

/** Generous enough for GraphiQL's introspection query, every contract operation and a page of 500 changes (tests/attacks). */
export const LIMITS = { maxTokens: 4000, maxDepth: 10, maxAliases: 20, maxCost: 50_000 } as const;

/** The codes a refused request carries, so a client can tell which limit it hit. */
export const LIMIT_CODES = ['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'QUERY_TOO_COSTLY', 'TOO_MANY_DIRECTIVES'] as const;
type LimitCode = (typeof LIMIT_CODES)[number];

/** Reports a refusal as a validation error (Apollo answers those 400) instead of throwing, which Apollo answers 500. */
const refuse = (code: LimitCode, message: string) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(new GraphQLError(message, { extensions: { code } }))],
});

const ALL_OFF = { maxTokens: { enabled: false }, blockFieldSuggestion: { enabled: false }, maxDepth: { enabled: false },
  maxAliases: { enabled: false }, costLimit: { enabled: false }, maxDirectives: { enabled: false } } as const;

/** Checked while validating: what the query text alone decides. */
const shapeRules = new ApolloArmor({
  ...ALL_OFF,
  maxDepth: { n: LIMITS.maxDepth, ...refuse('QUERY_TOO_DEEP', `The query is nested more than ${LIMITS.maxDepth} levels deep`) },
  // armor lets any number of `__typename` aliases through; a thousand of them is an attack all the same.
  maxAliases: { n: LIMITS.maxAliases, allowList: [], ...refuse('TOO_MANY_ALIASES', `The query uses more than ${LIMITS.maxAliases} aliases`) },
  maxDirectives: { n: 50, ...refuse('TOO_MANY_DIRECTIVES', 'The query uses more than 50 directives') },
}).protect().validationRules;

/** Checked once the variables are known: armor multiplies a selection's cost by its `first`, which may be one. */
const costRules = new ApolloArmor({
  ...ALL_OFF,
  costLimit: { maxCost: LIMITS.maxCost, ...refuse('QUERY_TOO_COSTLY', `The query selects too much at once (cost above ${LIMITS.maxCost}): split it into smaller queries`) },
}).protect().validationRules;

const refused = (error: GraphQLError) =>
  new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });

/**
 * Every `first` (written in the query, given as a variable or left to its default) within the page cap, then
 * the cost of the query with each `first` as it will be used. Throws the refusal.
 */
function checkPageSizesAndCost(document: DocumentNode, variables: Record<string, unknown>, schema: GraphQLSchema): void {
  const typeInfo = new TypeInfo(schema);
  const withPageSizes = visit(document, visitWithTypeInfo(typeInfo, {
    // A connection asked without `first` returns the default page: cost it as that.
    Field(node) {
      const takesFirst = typeInfo.getFieldDef()?.args.some((arg) => arg.name === 'first');
      if (!takesFirst || node.arguments?.some((arg) => arg.name.value === 'first')) return undefined;
      const first = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(DEFAULT_PAGE) } } as const;
      return { ...node, arguments: [...(node.arguments ?? []), first] };
    },
    Argument(node) {
      if (node.name.value !== 'first') return undefined;
      const given = node.value.kind === Kind.INT ? Number(node.value.value)
        : node.value.kind === Kind.VARIABLE ? variables[node.value.name.value] : null;
      // A value of the wrong type is refused when the variables are coerced, with a message of its own.
      if (given !== null && given !== undefined && typeof given !== 'number') return undefined;
      return { ...node, value: { kind: Kind.INT, value: String(pageSize(given)) } };
    },
  }));
  const [tooCostly] = validate(schema, withPageSizes, costRules);
  if (tooCostly) throw tooCostly;
}

/** The variables a document passes as `first`: all its cost depends on besides its text. */
const firstVariables = (document: DocumentNode) => {
  const names: string[] = [];
  visit(document, { Argument: (node) => void (node.name.value === 'first' && node.value.kind === Kind.VARIABLE && names.push(node.value.name.value)) });
  return names;
};

/** Enough for the page sizes one query is asked with in practice; beyond it a check is simply not remembered. */
const OUTCOMES_PER_DOCUMENT = 64;

/**
 * Checked once per parsed document (Apollo reuses the same object for the same query text) and set of `first`
 * values, not on every request: walking the query with type information costs more than a small read's SQL.
 */
const checked = new WeakMap<DocumentNode, { names: string[]; outcomes: Map<string, GraphQLError | null> }>();

function pageSizeAndCostRefusal(document: DocumentNode, variables: Record<string, unknown>, schema: GraphQLSchema): GraphQLError | null {
  let known = checked.get(document);
  if (!known) checked.set(document, known = { names: firstVariables(document), outcomes: new Map() });
  const key = JSON.stringify(known.names.map((name) => variables[name] ?? null));
  const remembered = known.outcomes.get(key);
  if (remembered !== undefined) return remembered;
  let refusal: GraphQLError | null = null;
  try {
    checkPageSizesAndCost(document, variables, schema);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    refusal = error;
  }
  if (known.outcomes.size < OUTCOMES_PER_DOCUMENT) known.outcomes.set(key, refusal);
  return refusal;
}

/** Before anything runs: page sizes and cost (above), refused with HTTP 400. */
const pageSizeAndCost: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, schema }: GraphQLRequestContextDidResolveOperation<Context>) {
        const refusal = pageSizeAndCostRefusal(document, request.variables ?? {}, schema);
        if (refusal) throw refused(refusal);
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
  return {
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: shapeRules,
    plugins: [pageSizeAndCost, ...(introspection ? [] : [hideSuggestions])],
  };
}
