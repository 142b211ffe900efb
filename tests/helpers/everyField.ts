/**
 * Builds, from the schema itself, one query per root field that selects every field of every object type it
 * reaches. A type already on the path is selected again with its leaf fields only, so cycles (region →
 * municipalities → region) end and the query stays within the API's limits; so is each type an interface or
 * union may be.
 */
import {
  getNamedType, isAbstractType, isLeafType, isNonNullType, isObjectType,
  type GraphQLAbstractType, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';

/** An argument value as GraphQL source text, by `Type.field.argument`, then by `argument` alone. */
export type ArgumentValues = Record<string, string>;

export interface GeneratedQuery {
  root: string;
  query: string;
  /** Every `Type.field` the query selects. */
  selected: Set<string>;
}

function argumentsOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, values: ArgumentValues): string {
  const given = field.args.flatMap((arg) => {
    const value = values[`${type.name}.${field.name}.${arg.name}`] ?? values[arg.name];
    if (value === undefined && isNonNullType(arg.type)) throw new Error(`no value for required ${type.name}.${field.name}(${arg.name})`);
    return value === undefined ? [] : [`${arg.name}: ${value}`];
  });
  return given.length ? `(${given.join(', ')})` : '';
}

function selection(schema: GraphQLSchema, type: GraphQLObjectType, path: readonly GraphQLNamedType[], values: ArgumentValues, selected: Set<string>): string {
  const revisit = path.includes(type);
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const target = getNamedType(field.type);
    if (revisit && !isLeafType(target)) return [];
    selected.add(`${type.name}.${field.name}`);
    const head = `${field.name}${argumentsOf(type, field, values)}`;
    if (isLeafType(target)) return [head];
    return [`${head} { ${isObjectType(target) ? selection(schema, target, [...path, type], values, selected) : possible(schema, target as GraphQLAbstractType, values, selected)} }`];
  });
  return fields.join(' ');
}

/**
 * An interface or union: each type it may be, with its leaf fields (their other fields are reached elsewhere).
 * A name already selected with another type (`validFrom: Date!` beside `Date`) is left out: GraphQL refuses the
 * pair without aliases, and aliases are limited.
 */
function possible(schema: GraphQLSchema, type: GraphQLAbstractType, values: ArgumentValues, selected: Set<string>): string {
  const typeOf = new Map<string, string>();
  const fragments = schema.getPossibleTypes(type).map((impl) => {
    const leaves = Object.values(impl.getFields()).filter((field) => isLeafType(getNamedType(field.type))
      && (typeOf.get(field.name) ?? String(field.type)) === String(field.type));
    for (const field of leaves) {
      typeOf.set(field.name, String(field.type));
      selected.add(`${impl.name}.${field.name}`);
    }
    return `... on ${impl.name} { ${leaves.map((field) => `${field.name}${argumentsOf(impl, field, values)}`).join(' ') || '__typename'} }`;
  });
  return ['__typename', ...fragments].join(' ');
}

export function everyFieldQueries(schema: GraphQLSchema, roots: readonly string[], values: ArgumentValues): GeneratedQuery[] {
  const query = schema.getQueryType()!;
  return roots.map((root) => {
    const field = query.getFields()[root];
    if (!field) throw new Error(`no root field Query.${root}`);
    const selected = new Set<string>([`Query.${root}`]);
    const target = getNamedType(field.type);
    const body = isObjectType(target) ? ` { ${selection(schema, target, [], values, selected)} }`
      : isAbstractType(target) ? ` { ${possible(schema, target, values, selected)} }` : '';
    return { root, query: `{ ${root}${argumentsOf(query, field, values)}${body} }`, selected };
  });
}

/** Every object type a root field leads to, with all its fields: what the generated queries must cover. */
export function reachableFields(schema: GraphQLSchema, roots: readonly string[]): Set<string> {
  const fields = new Set<string>();
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (isAbstractType(type)) return schema.getPossibleTypes(type).forEach(visit);
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      fields.add(`${type.name}.${field.name}`);
      visit(getNamedType(field.type));
    }
  };
  const query = schema.getQueryType()!;
  for (const root of roots) {
    fields.add(`Query.${root}`);
    visit(getNamedType(query.getFields()[root].type));
  }
  return fields;
}

/** `Type.field` for every field the response actually resolved (the key is present in some object of that type). */
export function resolvedFields(schema: GraphQLSchema, root: string, data: unknown): Set<string> {
  const resolved = new Set<string>();
  const walk = (type: GraphQLNamedType, value: unknown) => {
    if (value === null || value === undefined || !isObjectType(type)) return;
    if (Array.isArray(value)) return value.forEach((item) => walk(type, item));
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const field = type.getFields()[key];
      if (!field) continue;
      resolved.add(`${type.name}.${key}`);
      walk(getNamedType(field.type), child);
    }
  };
  walk(schema.getQueryType()!, data);
  resolved.add(`Query.${root}`);
  return resolved;
}
