/** What /readyz reports: ready only when the database answers and every migration is applied; always within a second. */
import type { MikroORM } from '@mikro-orm/postgresql';
import { withDatabaseScope } from './connectionGuard.js';
import { pendingMigrations } from './orm.js';

export interface Readiness {
  ready: boolean;
  status: string;
  pendingMigrations?: number;
}

/** Leaves room for the HTTP round trip inside the prober's usual one-second budget. */
const ANSWER_WITHIN_MS = 800;

export async function readiness(orm: MikroORM): Promise<Readiness> {
  const giveUp = new AbortController();
  const timer = new Promise<Readiness>((resolve) => {
    setTimeout(() => {
      giveUp.abort();
      resolve({ ready: false, status: 'database not answering' });
    }, ANSWER_WITHIN_MS).unref();
  });
  // The check's own statements are cancelled when it gives up, so a frozen database does not pile them up.
  const check = withDatabaseScope({ statementTimeoutMs: ANSWER_WITHIN_MS, batchStatementTimeoutMs: ANSWER_WITHIN_MS, signal: giveUp.signal }, async () => {
    try {
      const pending = await pendingMigrations(orm);
      return pending ? { ready: false, status: 'migrations pending', pendingMigrations: pending } : { ready: true, status: 'ready', pendingMigrations: 0 };
    } catch {
      return { ready: false, status: 'database unavailable' };
    }
  });
  return Promise.race([check, timer]);
}
