/** Opens the database the config names (or starts the embedded one), applies migrations and seeds it. */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbedded } from './embedded.js';
import { openOrm } from './orm.js';
import { seed } from './seed/index.js';

export interface Database {
  orm: MikroORM;
  /** Where it runs, for the start-up message; never contains a password. */
  description: string;
  close(): Promise<void>;
}

const CLOSE_WAIT_MS = 5_000;

export async function openDatabase(config: Config): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbedded(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const orm = await openOrm(url, config.logSql);
    await orm.migrator.up();
    await seed(orm.em.fork(), config.seed);
    const { host, pathname } = new URL(url);
    return {
      orm,
      description: `${embedded ? 'embedded PostgreSQL' : 'PostgreSQL'} at ${host}${pathname}`,
      close: async () => {
        // A connection that died inside a transaction is never handed back to the pool (kysely-org/kysely#1990),
        // and closing would wait for it forever: give up on it after a few seconds.
        const closed = await Promise.race([orm.close().then(() => true), new Promise((r) => setTimeout(r, CLOSE_WAIT_MS, false).unref())]);
        if (!closed) console.error(`the database pool did not close within ${CLOSE_WAIT_MS / 1000}s; stopping anyway`);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
