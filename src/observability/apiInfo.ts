/**
 * What is running, for GET /version and Query.apiInfo: the package version, the git commit it was built
 * from (GIT_COMMIT, which the image gets as a build argument, else the checkout's HEAD), a hash of the
 * schema's source (clients can tell whether it changed), and the database's applied migrations.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { typeDefs } from '../graphql/typeDefs.js';
import { projectPath } from '../projectRoot.js';

export interface ApiInfo {
  version: string;
  commit: string | null;
  schemaHash: string;
  migrationsApplied: number;
  latestMigration: string | null;
}

const root = projectPath();
const { version } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };

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

/** sha256 of the schema's SDL files (schema/*.graphql in name order): it changes when they do. */
const schemaHash = createHash('sha256').update(typeDefs.join('\n')).digest('hex');

export async function apiInfo(em: EntityManager): Promise<ApiInfo> {
  const table = em.config.get('migrations').tableName ?? 'mikro_orm_migrations';
  const rows = await em.getConnection().execute<{ name: string }[]>(`select name from ${table} order by id`);
  return { version, commit, schemaHash, migrationsApplied: rows.length, latestMigration: rows.at(-1)?.name ?? null };
}
