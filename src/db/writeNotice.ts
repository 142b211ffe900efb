/**
 * How a committed write tells the response caches that data changed. Every instance hears it through PostgreSQL
 * (NOTIFY inside the write transaction, delivered on commit only, to every listener, whichever process wrote); the
 * instance that wrote also hears it in-process the moment its commit returns, before its answer leaves, so its
 * own client never reads an answer from before its write.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

export const WRITES_CHANNEL = 'jeugdzorg_writes';

/** Sent inside a write transaction: PostgreSQL delivers it on commit only, and not at all on rollback. */
export const ANNOUNCE_WRITE = `notify ${WRITES_CHANNEL}`;

/** Per ORM (its configuration, which every fork of its EntityManager shares): the response cache of that API. */
const committedListeners = new WeakMap<object, Set<() => void>>();

/** Calls `listener` after each write committed through `em`'s ORM (any fork of it); returns how to stop. */
export function onWriteCommitted(em: EntityManager, listener: () => void): () => void {
  const listeners = committedListeners.get(em.config) ?? new Set();
  committedListeners.set(em.config, listeners.add(listener));
  return () => void listeners.delete(listener);
}

export function writeCommitted(em: EntityManager): void {
  for (const listener of committedListeners.get(em.config) ?? []) listener();
}
