/**
 * Look-ahead: the arguments of a child field the query selects directly under the current field, so a root
 * resolver can fetch what the children will ask for in the same statement and hand it to their loaders.
 * Selections inside fragments are not seen; their fields then use their loaders as usual (one more statement).
 */
import { getArgumentValues, getNamedType, Kind, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';

export function childArguments(info: GraphQLResolveInfo, child: string): Record<string, unknown>[] {
  const definition = (getNamedType(info.returnType) as GraphQLObjectType).getFields()[child];
  return info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? [])
    .flatMap((selection) => (selection.kind === Kind.FIELD && selection.name.value === child ? [selection] : []))
    .map((selection) => getArgumentValues(definition, selection, info.variableValues));
}
