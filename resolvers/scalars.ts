/** Date (ISO calendar date, kept as a string) and DateTime, with errors a person understands. */
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLScalarSerializer, type ValueNode } from 'graphql';
import { GraphQLDateTime, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { isDate } from '../src/domain/codes.js';

function checkDate(value: unknown, shown: unknown = value): string {
  if (!isDate(value)) throw new GraphQLError(`"${String(shown)}" is not a calendar date in the form YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT' } });
  // ISO 8601 has a year 0000; PostgreSQL (like the calendar) does not, and would fail the whole query on it.
  if (value.startsWith('0000')) throw new GraphQLError(`"${value}" is not a calendar date: the year is 0001 to 9999`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/**
 * PostgreSQL's text form of a timestamptz (`2026-11-24 10:59:37.13204+00`). MikroORM keeps timestamps as text in
 * raw query results, so services that read with SQL hand this form over; it is a valid instant, not an error.
 */
const POSTGRES_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}(:\d{2}){0,2}$/;

const serializeDateTime: GraphQLScalarSerializer<unknown> = (value) =>
  GraphQLDateTime.serialize(typeof value === 'string' && POSTGRES_TIMESTAMP.test(value) ? new Date(value) : value);

export const scalarResolvers = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'An ISO calendar date, YYYY-MM-DD.',
    serialize: (value) => GraphQLLocalDate.serialize(value),
    parseValue: (value) => checkDate(value),
    parseLiteral: (ast: ValueNode) => checkDate(ast.kind === Kind.STRING ? ast.value : undefined, 'value' in ast ? ast.value : ast.kind),
  }),
  DateTime: new GraphQLScalarType({ ...GraphQLDateTime.toConfig(), serialize: serializeDateTime }),
  JSON: GraphQLJSON,
};
