/**
 * The one place a batch write opens its transaction: with the batch's own statement deadline, holding the
 * write locks of what it writes, so batches for different owners run side by side while two batches of one
 * owner take turns. It announces the write (db/writeNotice.ts), so every response cache clears at commit; a
 * batch that ends up writing nothing (a dry run, bad rows, nothing changed) rolls back, so it clears none.
 * Faults become retryable answers in graphql/errors.ts.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { withBatchDeadline } from '../../db/connectionGuard.js';
import { ANNOUNCE_WRITE, writeCommitted } from '../../db/writeNotice.js';
import { writeLocks } from '../changes/record.js';

/** What a batch locks: `region:JZ11`, `institution:DJGB`, `provider:P123`, or `reference` for membership loads. */
export type LockKey = string;

/** Thrown by `work` (through the `nothingWritten` it is given) to roll back and still answer with `result`. */
class NothingWritten extends Error {
  constructor(readonly result: unknown) {
    super('nothing written');
  }
}

/**
 * Runs `work` in a write transaction. `work` ends one that wrote nothing (a dry run, a rejected or unchanged
 * batch) with `nothingWritten(result)`: rolled back, answered with `result`.
 */
export async function inWriteTransaction<T>(
  em: EntityManager, lockKeys: LockKey[], work: (tx: EntityManager, nothingWritten: (result: T) => never) => Promise<T>,
): Promise<T> {
  const nothingWritten = (result: T): never => { throw new NothingWritten(result); };
  try {
    const result = await withBatchDeadline((timeoutMs) => em.transactional(async (tx) => {
      const [locks, lockParams] = writeLocks(lockKeys);
      // Deadline, locks and notice in one round trip. PostgreSQL times each statement of such a string on its own,
      // with the settings in force when it starts, so the lock wait already has the batch deadline.
      await tx.execute(`select set_config('statement_timeout', ?, true);\n${locks};\n${ANNOUNCE_WRITE}`, [String(timeoutMs), ...lockParams]);
      return work(tx, nothingWritten);
    }));
    writeCommitted(em);
    return result;
  } catch (error) {
    // only the typed nothingWritten above makes one, so its result is a T
    if (error instanceof NothingWritten) return error.result as T;
    throw error;
  }
}
