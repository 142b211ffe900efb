/** MikroORM set-up: one place for the options, used by the server, the CLI, the tests and the bench. */
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { loadConfig, type DatabaseLimits } from '../config.js';
import { entities } from '../entities/index.js';
import { migrationsList } from '../../migrations/index.js';
import { guardPool } from './connectionGuard.js';
import { countStatement } from './sqlCounter.js';

/** The client waits this much longer than the server's statement_timeout before it gives up on a frozen server. */
const CLIENT_GRACE_MS = 2_000;

/** Counts every statement sent (tests and the bench read it); prints them only when asked to. */
class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    countStatement();
    super.logQuery(context);
  }
}

export function ormOptions(clientUrl: string, logSql = false, limits: DatabaseLimits = loadConfig({}).database, readUrl?: string): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    debug: logSql ? ['query', 'query-params'] : false,
    loggerFactory: (options: LoggerOptions) => new CountingLogger(options),
    // silent: no "Processing/Applied" line per migration in every test's log; start-up reports readiness once.
    migrations: { migrationsList, path: 'migrations', pathTs: 'migrations', transactional: true, snapshot: false, silent: true },
    pool: { min: 0, max: limits.poolSize },
    replicas: readUrl ? [{ name: 'read', clientUrl: readUrl }] : [],
    // Tables kept by SQL, not entities: the categorisation read models (domain/categorisation/readModels.ts), the
    // change feed's counts (domain/changes/feed.ts) and what the start-up seed last wrote (db/seed/index.ts).
    // Triggers are made by migrations and declared on entities by name (see entities/triggers.ts): a diff never
    // drops or alters one.
    schemaGenerator: { skipTables: ['category_product', 'category_segment', 'coverage_step', 'change_tx', 'seed_state'], ignoreTriggers: true },
    // pg's own client settings: deadlines on the server, keepalive to notice a dead peer, a check that makes the
    // server cancel a statement whose client has gone (PostgreSQL 14+), and no JIT: a server built with it compiles
    // any plan estimated above jit_above_cost, for hundreds of milliseconds, which is longer than this API's statements
    // take to run (measured on PostgreSQL 15: a sync's segment refresh took 630 ms with JIT, 300 ms without).
    driverOptions: {
      connectionTimeoutMillis: limits.connectTimeoutMs,
      statement_timeout: limits.statementTimeoutMs,
      idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      options: '-c client_connection_check_interval=1000 -c jit=off',
      onPoolCreated: (pool: pg.Pool) => guardPool(pool, limits, CLIENT_GRACE_MS),
    },
  });
}

export function openOrm(clientUrl: string, logSql = false, limits?: DatabaseLimits, readUrl?: string): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, logSql, limits, readUrl));
}

export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.migrator.getPending()).length;
}
