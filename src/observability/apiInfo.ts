/**
 * What is running, for GET /version and Query.apiInfo: the package version, the git commit it was built
 * from (GIT_COMMIT, which the image gets as a build argument, else the checkout's HEAD), a hash of the
 * schema (clients can tell whether it changed), and the database's applied migrations.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export interface ApiInfo {
  version: string;
  commit: string | null;
  schemaHash: string;
  migrationsApplied: number;
  latestMigration: string | null;
}

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };

function gitCommit(): string | null {
  const given = process.env.GIT_COMMIT?.trim();
  if (given) return given;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2_000 }).toString().trim() || null;
  } catch {
    return null; // no git, or not a checkout (the image has neither)
  }
}
const commit = gitCommit();

const hashes = new WeakMap<GraphQLSchema, string>();
/** sha256 of the schema printed in a fixed order, so the hash changes only when the schema does. */
export function schemaHash(schema: GraphQLSchema): string {
  let hash = hashes.get(schema);
  if (!hash) {
    hash = createHash('sha256').update(printSchema(lexicographicSortSchema(schema))).digest('hex');
    hashes.set(schema, hash);
  }
  return hash;
}

export async function apiInfo(em: EntityManager, schema: GraphQLSchema): Promise<ApiInfo> {
  const table = em.config.get('migrations').tableName ?? 'mikro_orm_migrations';
  const rows = await em.getConnection().execute<{ name: string }[]>(`select name from ${table} order by id`);
  return { version, commit, schemaHash: schemaHash(schema), migrationsApplied: rows.length, latestMigration: rows.at(-1)?.name ?? null };
}
