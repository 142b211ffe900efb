/**
 * Text PostgreSQL cannot store (NUL, a lone UTF-16 surrogate: see domain/storableText.ts) is refused at the door,
 * with HTTP 400 and where it was found: in the variables, an argument written in the query or a variable's default.
 */
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { NestedTooDeep, pathText, unstorable, unstorableIn } from '../domain/storableText.js';
import type { Context } from './context.js';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** Per parsed document (Apollo reuses the same object for the same query text), so each is walked once. */
const literalsChecked = new WeakMap<DocumentNode, string | undefined>();

/** The first value written in the query (an argument, or a variable's default) whose text PostgreSQL cannot store: where and why. */
function unstorableInLiterals({ document }: GraphQLRequestContextDidResolveOperation<Context>): string | undefined {
  if (literalsChecked.has(document)) return literalsChecked.get(document);
  let found: string | undefined;
  const check = (value: ValueNode, where: string) => visit(value, {
    [Kind.STRING]: (node) => {
      const why = unstorable(node.value);
      if (why) found ??= `${where} ${why}`;
    },
  });
  visit(document, {
    Argument: (argument) => { check(argument.value, argument.name.value); },
    VariableDefinition: (definition) => { if (definition.defaultValue) check(definition.defaultValue, `$${definition.variable.name.value}`); },
  });
  literalsChecked.set(document, found);
  return found;
}

export const refuseUnstorableText: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation(context) {
        let inVariables;
        try {
          inVariables = unstorableIn(context.request.variables ?? {});
        } catch (error) {
          if (error instanceof NestedTooDeep) throw badInput(`variables nest ${error.message}`);
          throw error;
        }
        const refusal = inVariables ? `$${pathText(inVariables.path)} ${inVariables.why}` : unstorableInLiterals(context);
        if (refusal) throw badInput(refusal);
      },
    };
  },
};
