/** Starts the real API on a fresh database of its own (migrated and seeded) and talks to it over HTTP. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig, type SeedMode } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { sqlCounter } from '../../src/db/sqlCounter.js';
import { createDatabase } from './databases.js';

export { createDatabase };

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

export interface TestApi {
  url: string;
  databaseUrl: string;
  db: Database;
  gql<T = any>(query: string, variables?: object, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Runs a request and tells how many SQL statements it sent. */
  countStatements<T = any>(query: string, variables?: object, headers?: Record<string, string>): Promise<{ statements: number; response: GraphQLResponse<T> }>;
  close(): Promise<void>;
}

/**
 * `serverUrl`: another PostgreSQL server than the run's shared one (the fault tests freeze and kill theirs).
 * `env.DATABASE_URL`: run on that database (a second instance of the API) instead of a new one.
 */
export async function startApi(seed: SeedMode = 'reference', env: Record<string, string> = {}, serverUrl = inject('serverUrl')): Promise<TestApi> {
  // Many servers share two cores in a test run: give a new connection more time than production's default.
  const config = { ...loadConfig({ DB_CONNECT_TIMEOUT_MS: '30000', ...env, SEED: seed }), databaseUrl: env.DATABASE_URL ?? await createDatabase(serverUrl) };
  const db = await openDatabase(config);
  const app = await createApp(db.orm, config);
  const server: Server = await new Promise((resolve) => {
    app.server.listen(0, '127.0.0.1', () => resolve(app.server));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gql = async (query: string, variables?: object, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  return {
    url,
    databaseUrl: config.databaseUrl,
    db,
    gql,
    countStatements: async (query, variables, headers) => {
      const before = sqlCounter.count;
      const response = await gql(query, variables, headers);
      return { statements: sqlCounter.count - before, response };
    },
    close: async () => {
      await app.drain();
      await db.close();
    },
  };
}
