/**
 * The write phase every bulk write shares: one transaction with the batch's own statement deadline, holding
 * the write locks of what it writes (a region, a GI, a provider), so writers of different regions run side by
 * side while two writers of one region take turns. Faults become retryable answers in graphql/errors.ts.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { withBatchDeadline } from '../../db/connectionGuard.js';
import { announceWrite } from '../../db/writeNotice.js';
import { takeWriteLocks } from '../changes/record.js';

/** What a batch locks: `region:JZ11`, `institution:DJGB`, `provider:P123`, or `reference` for membership loads. */
export type LockKey = string;

export async function writeBatch<T>(em: EntityManager, locks: LockKey[], work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return withBatchDeadline((timeoutMs) => em.transactional(async (tx) => {
    await tx.execute(`select set_config('statement_timeout', ?, true)`, [String(timeoutMs)]);
    await takeWriteLocks(tx, locks);
    await announceWrite(tx);
    return work(tx);
  }));
}

/** Bulk statements go out in chunks of this many rows. */
export function chunks<T>(list: T[], size = 2_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
