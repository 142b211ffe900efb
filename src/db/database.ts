/** Opens the database the config names (or starts the embedded one), applies migrations and seeds it. */
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations/index.js';
import type { Config } from '../config.js';
import { withDatabaseScope } from './connectionGuard.js';
import { ANNOUNCE_WRITE } from './writeNotice.js';
import { startEmbedded, type EmbeddedDatabase } from './embedded.js';
import { databaseFault } from './faults.js';
import { openOrm } from './orm.js';
import { seed } from './seed/index.js';
import { StartupError } from './startupError.js';

export interface Database {
  orm: MikroORM;
  /** Where it runs, for the start-up message; never contains a password. */
  description: string;
  /** The embedded server, when there is one. */
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The embedded database died for good: the caller decides (the server exits non-zero). */
  onGiveUp?: (reason: string) => void;
}

/** Refuses a database whose schema a newer version of the API wrote: migrating it "forward" would break it. */
async function checkSchemaVersion(orm: MikroORM, where: string): Promise<void> {
  const ours = new Set(migrationsList.map((m) => m.name));
  const unknown = (await orm.migrator.getExecuted()).map((m) => m.name).filter((name) => !ours.has(name));
  if (unknown.length) {
    throw new StartupError(`the database at ${where} has a newer schema (${unknown.join(', ')}) than this version of the API knows; run the newer version, or restore a backup made for this one`);
  }
}

/** Migrations and the first seed may take this long. */
const START_DEADLINE_MS = 600_000;

/**
 * Instances starting together on one database take turns: the first migrates and seeds while holding a lock,
 * the others then find nothing left to do. The lock's transaction waits idle meanwhile, which is expected.
 */
async function migrateAndSeedInTurn(orm: MikroORM, config: Config, where: string): Promise<void> {
  // The first seed of a national-scale demo takes seconds, far beyond a request's deadline.
  const deadline = { statementTimeoutMs: START_DEADLINE_MS, batchStatementTimeoutMs: START_DEADLINE_MS };
  await withDatabaseScope(deadline, () => orm.em.fork().transactional(async (tx) => {
    // The notice: a new release's migrations or seed may change public answers other instances hold in their caches.
    await tx.execute(`select set_config('idle_in_transaction_session_timeout', '0', true), set_config('statement_timeout', ?, true);\n${ANNOUNCE_WRITE}`, [String(START_DEADLINE_MS)]);
    await tx.execute(`select pg_advisory_xact_lock(hashtextextended('migrate and seed', 7461001))`);
    await checkSchemaVersion(orm, where);
    await orm.migrator.up();
    // In the lock's own transaction: the seed is all or nothing, and runs under its deadline.
    await seed(tx, config.seed);
  }));
}

export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbedded(config.dataDir, { onGiveUp: options.onGiveUp });
  const url = config.databaseUrl ?? embedded!.url;
  const { host, pathname } = new URL(url);
  const where = `${host}${pathname}`;
  try {
    const orm = await openOrm(url, config.logSql, config.database, config.databaseReadUrl);
    await migrateAndSeedInTurn(orm, config, where);
    return {
      orm,
      embedded,
      description: `${embedded ? 'embedded PostgreSQL' : 'PostgreSQL'} at ${where}`,
      close: async () => {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    if (error instanceof StartupError) throw error;
    // pg's messages name the host and the reason, never the password.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (databaseFault(error) || (error as { code?: string }).code?.startsWith('28') || (error as { code?: string }).code === '3D000') {
      throw new StartupError(`cannot open the database at ${where}: ${reason}`);
    }
    throw error;
  }
}
