/**
 * The schema built in the tests' own copy of graphql from the same SDL: the executable schema comes from another
 * copy (CommonJS), and graphql refuses to walk types from another realm.
 */
import { buildSchema } from 'graphql';
import { typeDefs } from '../../src/graphql/schema.js';

export const sdlSchema = buildSchema(typeDefs.join('\n'));
