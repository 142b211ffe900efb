/** The SDL files in schema/, in name order: the schema's source, for the executable schema and its hash. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../projectRoot.js';

const schemaDir = projectPath('schema');

export const typeDefs = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(path.join(schemaDir, file), 'utf8'));
