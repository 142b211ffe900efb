/**
 * change_tx, the feed's count of changes per transaction, region and entity (see feed.ts), from scratch. A trigger on
 * `change` keeps it as changes are written; this is for after a repair by hand. Writers of changes wait until the
 * caller's transaction ends.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

export async function recountChanges(em: EntityManager): Promise<void> {
  await em.execute('lock table change in share mode');
  await em.execute('delete from change_tx');
  await em.execute('insert into change_tx (txid, region_code, entity, changes) select txid, region_code, entity, count(*) from change group by 1, 2, 3');
}
