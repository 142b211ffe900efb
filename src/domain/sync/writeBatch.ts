/** The write phase every bulk sync shares: one transaction, holding the write lock, with faults explained. */
import { DriverException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { takeWriteLock } from '../changes/record.js';
import { retryLater } from '../errors.js';

export async function writeBatch<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(async (tx) => {
      await takeWriteLock(tx);
      return work(tx);
    });
  } catch (error) {
    // A database fault mid-batch rolls the whole batch back: say so, and that sending it again is safe.
    if (error instanceof DriverException || (error instanceof Error && /connection|terminat/i.test(error.message))) {
      console.error('batch failed in the database:', error);
      throw retryLater('The database failed while writing this batch; nothing of it was written. Send it again.');
    }
    throw error;
  }
}

/** Bulk statements go out in chunks of this many rows. */
export function chunks<T>(list: T[], size = 2_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
