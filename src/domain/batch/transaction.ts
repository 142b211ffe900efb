/**
 * The one place the batch kit opens a write transaction. The lock keys name what the batch writes (one per
 * region, GI or provider: `region:JZ11`, `institution:JBG`, `provider:X`) so that batches for different
 * owners need not wait for each other once writeBatch takes them; today writeBatch holds one global lock.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { chunks, writeBatch } from '../sync/writeBatch.js';

export { chunks };

export function inWriteTransaction<T>(em: EntityManager, _lockKeys: string[], work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return writeBatch(em, work);
}
