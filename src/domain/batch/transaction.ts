/**
 * The one place a batch write opens its transaction: with the batch's own statement deadline, holding the
 * write locks of what it writes, so batches for different owners run side by side while two batches of one
 * owner take turns. It announces the write, so every instance clears its response cache at commit. Faults
 * become retryable answers in graphql/errors.ts.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { withBatchDeadline } from '../../db/connectionGuard.js';
import { announceWrite } from '../../db/writeNotice.js';
import { takeWriteLocks } from '../changes/record.js';

/** What a batch locks: `region:JZ11`, `institution:DJGB`, `provider:P123`, or `reference` for membership loads. */
export type LockKey = string;

export const inWriteTransaction = <T>(em: EntityManager, lockKeys: LockKey[], work: (tx: EntityManager) => Promise<T>): Promise<T> =>
  withBatchDeadline((timeoutMs) => em.transactional(async (tx) => {
    await tx.execute(`select set_config('statement_timeout', ?, true)`, [String(timeoutMs)]);
    await takeWriteLocks(tx, lockKeys);
    await announceWrite(tx);
    return work(tx);
  }));
