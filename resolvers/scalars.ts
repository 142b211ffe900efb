/** Date (ISO calendar date, kept as a string) and DateTime, with errors a person understands. */
import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLDateTime, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';

function checkDate(parse: () => unknown, shown: unknown): string {
  try {
    return parse() as string;
  } catch {
    throw new GraphQLError(`"${String(shown)}" is not a calendar date in the form YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

export const scalarResolvers = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'An ISO calendar date, YYYY-MM-DD.',
    serialize: (value) => GraphQLLocalDate.serialize(value),
    parseValue: (value) => checkDate(() => GraphQLLocalDate.parseValue(value), value),
    parseLiteral: (ast: ValueNode) => checkDate(() => GraphQLLocalDate.parseLiteral(ast, {}), 'value' in ast ? ast.value : ast.kind),
  }),
  DateTime: GraphQLDateTime,
  JSON: GraphQLJSON,
};
