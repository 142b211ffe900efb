/**
 * Recording changes for the feed, and the write locks. A writing transaction locks what it writes (advisory
 * locks held to commit, one per region, GI or provider), so writers of different regions run in parallel.
 * Each change row carries the id of the transaction that wrote it (`txid`, see feed.ts for how readers
 * use it to see every change exactly once although transactions commit out of id order).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../../db/bound.js';
import { textArray } from '../sql.js';

/** The statement taking the locks, in one sorted order so two batches locking the same keys can never deadlock. */
export const writeLocks = (keys: string[]): [sql: string, params: unknown[]] =>
  [`select pg_advisory_xact_lock(hashtextextended(k, 7461001)) from unnest(${textArray}) as k`, [[...new Set(keys)].sort()]];

export interface ChangeInput {
  entity: string;
  entityKey: string;
  regionCode: string | null;
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  before: object | null;
  after: object | null;
}

/** What every change a batch records carries: the batch's id and who sent it. */
export interface ChangeBatch { batchId: string; principal: string }

/**
 * The insert of a batch's changes from `source`, a query with the columns entity, entity_key, region_code, operation,
 * before and after, in the feed's order (a function scan's order: ids are drawn as rows arrive), and the parameters
 * it binds, `source`'s (`sourceParams`) among them. A write may put it in its own statement (see syncProducts.ts).
 */
export const changeRows = ({ batchId, principal }: ChangeBatch, source: string, sourceParams: unknown[]): [sql: string, params: unknown[]] => [
  `insert into change (batch_id, entity, entity_key, region_code, operation, before, after, principal, changed_at)
   select ?::uuid, s.entity, s.entity_key, s.region_code, s.operation, s.before, s.after, ?, now() from (${source}) as s`,
  [batchId, principal, ...sourceParams],
];

/**
 * All of a batch's changes in one statement, the JSON bound as one parameter (see db/bound.ts). `before` and
 * `after` are json columns: each record's text is kept as this statement receives it, checked but not built into
 * jsonb (a fifth of the feed's cost in a 10,000-row sync). json has no equality: no query compares or groups them.
 */
export async function recordChanges(em: EntityManager, batch: ChangeBatch, changes: ChangeInput[]): Promise<void> {
  if (!changes.length) return;
  await executeBound(em, ...changeRows(batch,
    `select v.entity, v."entityKey" as entity_key, v."regionCode" as region_code, v.operation, v.before, v.after
       from json_to_recordset(?::json) as v(entity text, "entityKey" text, "regionCode" text, operation text, before json, after json)`,
    [JSON.stringify(changes)]));
}
