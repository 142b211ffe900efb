/** MikroORM set-up: one place for the options, used by the server, the CLI, the tests and the bench. */
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { entities } from '../entities/index.js';
import { migrationsList } from '../../migrations/index.js';
import { sqlCounter } from './sqlCounter.js';

/** Counts every statement sent (tests and the bench read it); prints them only when asked to. */
class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    sqlCounter.count += 1;
    super.logQuery(context);
  }
}

export function ormOptions(clientUrl: string, logSql = false): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    debug: logSql ? ['query', 'query-params'] : false,
    loggerFactory: (options: LoggerOptions) => new CountingLogger(options),
    // silent: no "Processing/Applied" line per migration in every test's log; start-up reports readiness once.
    migrations: { migrationsList, path: 'migrations', pathTs: 'migrations', transactional: true, snapshot: false, silent: true },
    pool: { min: 0, max: 10 },
  });
}

export function openOrm(clientUrl: string, logSql = false): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, logSql));
}

export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.migrator.getPending()).length;
}
