/**
 * The one place the batch kit opens a write transaction. The lock keys name what the batch writes (one per
 * region, GI or provider: `region:JZ11`, `institution:JBG`, `provider:X`), so batches for different owners
 * run side by side while two batches of one owner take turns.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { chunks, writeBatch } from '../sync/writeBatch.js';

export { chunks };

export const inWriteTransaction = <T>(em: EntityManager, lockKeys: string[], work: (tx: EntityManager) => Promise<T>): Promise<T> =>
  writeBatch(em, lockKeys, work);
