/** The contract's operations, exactly as clients send them (src/graphql/contract.graphql, copied from the shared contract). */
import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode } from 'graphql';

const document = parse(readFileSync(new URL('../../src/graphql/contract.graphql', import.meta.url), 'utf8'));

export function operation(name: string): string {
  const found = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name,
  );
  if (!found) throw new Error(`no contract operation ${name}`);
  return print(found);
}
