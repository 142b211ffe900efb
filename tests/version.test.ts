/** GET /version and Query.apiInfo: what is running, told the same way by both. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startApi('none'); });
afterAll(async () => { await api?.close(); });

/** The checkout's commit, asked of git itself; null where there is no git. */
function headCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

describe('GET /version', () => {
  it('names the package version, the commit, the schema hash and the applied migrations; apiInfo says the same', async () => {
    const response = await fetch(`${api.url}/version`);
    expect(response.status).toBe(200);
    const version = await response.json();

    const { version: packageVersion } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(version.version).toBe(packageVersion);
    expect(version.commit).toBe(process.env.GIT_COMMIT || headCommit());

    const schemaDir = new URL('../schema/', import.meta.url);
    const sdl = readdirSync(schemaDir).filter((f) => f.endsWith('.graphql')).sort().map((f) => readFileSync(new URL(f, schemaDir), 'utf8'));
    expect(version.schemaHash).toBe(createHash('sha256').update(sdl.join('\n')).digest('hex'));

    const client = new pg.Client({ connectionString: api.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('select name from mikro_orm_migrations order by id');
    await client.end();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(version.migrationsApplied).toBe(rows.length);
    expect(version.latestMigration).toBe(rows.at(-1)!.name);

    const info = await api.gql('{ apiInfo { version commit schemaHash migrationsApplied latestMigration } }');
    expect(info.data.apiInfo).toEqual(version);
  });
});
