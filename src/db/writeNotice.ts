/** The channel on which a committed write tells every API instance (their response caches) that data changed. */
export const WRITES_CHANNEL = 'jeugdzorg_writes';

/** Sent inside a write transaction: PostgreSQL delivers it on commit only, and not at all on rollback. */
export const ANNOUNCE_WRITE = `notify ${WRITES_CHANNEL}`;
