/**
 * Recording changes for the feed. Every writing transaction first takes one advisory lock and holds it to
 * commit, so change ids are handed out in commit order: a reader that keeps its last cursor misses nothing
 * and sees nothing twice. Writes are batches, so serialising them costs little.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

const WRITE_LOCK = 7_461_001;

export const takeWriteLock = (em: EntityManager) => em.execute('select pg_advisory_xact_lock(?)', [WRITE_LOCK]);

export interface ChangeInput {
  entity: string;
  entityKey: string;
  regionCode: string | null;
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  before: object | null;
  after: object | null;
}

export async function recordChanges(em: EntityManager, batchId: string, principal: string, changes: ChangeInput[]): Promise<void> {
  for (let start = 0; start < changes.length; start += 2_000) {
    const chunk = changes.slice(start, start + 2_000);
    await em.execute(
      `insert into change (batch_id, entity, entity_key, region_code, operation, before, after, principal, changed_at)
       select ?::uuid, v.entity, v."entityKey", v."regionCode", v.operation, v.before, v.after, ?, now()
         from jsonb_to_recordset(?::jsonb)
           as v(entity text, "entityKey" text, "regionCode" text, operation text, before jsonb, after jsonb)`,
      [batchId, principal, JSON.stringify(chunk)],
    );
  }
}
