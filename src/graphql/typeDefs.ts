/** The SDL files in schema/, in name order: the schema's source, for the executable schema and its hash. */
import { readdirSync, readFileSync } from 'node:fs';

const schemaDir = new URL('../../schema/', import.meta.url);

export const typeDefs = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(new URL(file, schemaDir), 'utf8'));
