/** The channel on which a committed write tells every API instance (their response caches) that data changed. */
import type { EntityManager } from '@mikro-orm/postgresql';

export const WRITES_CHANNEL = 'jeugdzorg_writes';

/** Inside a write transaction: PostgreSQL delivers it on commit only, and not at all on rollback. */
export async function announceWrite(tx: EntityManager): Promise<void> {
  await tx.execute(`notify ${WRITES_CHANNEL}`);
}
