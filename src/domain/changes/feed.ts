/**
 * Reading the change feed: a cursor connection, limited to what the caller may see, that gives a reader who
 * keeps its cursor every change exactly once although writers of different regions commit in parallel.
 *
 * Why not simply "id > cursor": ids come from a sequence when a row is inserted, but transactions commit in
 * any order, so a reader could pass id 12 (committed) while id 11 is still in flight, and never see 11.
 * Instead every change carries its transaction's id (`txid`, xid8) and the feed is ordered by (txid, id),
 * serving only changes of transactions older than the oldest one still running
 * (`pg_snapshot_xmin(pg_current_snapshot())`). Every transaction below that horizon has ended, and every
 * transaction that commits later has a txid at or above it, so nothing can ever appear before a cursor
 * already handed out. The price: a change shows up once the transactions begun before it have ended.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { idCursor, idPage, pageSize, type FeedPage } from '../batch/pages.js';
import { regionCode } from '../codes.js';
import { textArray } from '../sql.js';

export interface ChangeRow {
  id: number;
  batchId: string;
  entity: string;
  entityKey: string;
  regionCode: string | null;
  operation: string;
  before: object | null;
  after: object | null;
  principal: string;
  /** PostgreSQL's text form of the timestamptz (raw SQL keeps it as text); the DateTime scalar reads it. */
  changedAt: string;
}

export type ChangePage = FeedPage<ChangeRow>;

const { encode, decode } = idCursor('change');

/** The reader's filters, on a change (alias `c`) or on change_tx (`x`, which has the same columns), and what they bind. */
function filtersOf(args: { entity?: string | null; region?: string | null; readable: readonly string[] | null }) {
  const filters: ((alias: string) => string)[] = [];
  const params: unknown[] = [];
  if (args.entity) { filters.push((a) => `${a}.entity = ?`); params.push(args.entity); }
  if (args.region) { filters.push((a) => `${a}.region_code = ?`); params.push(regionCode(args.region)); }
  // One region (most integrators) as `=`: change_tx's (region_code, txid) then gives its transactions in order.
  if (args.readable?.length === 1) { filters.push((a) => `${a}.region_code = ?`); params.push(args.readable[0]); }
  else if (args.readable) { filters.push((a) => `${a}.region_code = any(${textArray})`); params.push(args.readable); }
  return { where: (alias: string) => [...filters.map((f) => f(alias)), 'true'].join(' and '), params };
}

/**
 * A page: the next transactions with changes the reader sees, from change_tx (one row per transaction, region and
 * entity), then their changes by (txid, id), the feed's order: `txid = any(...)` on that index reads them in order
 * and stops at the page's end. The cursor's own transaction may hold none after the cursor; every other one found
 * holds at least one, so `size + 1` changes need at most `size + 2` transactions.
 */
export async function changesFeed(
  em: EntityManager,
  args: { after?: string | null; first?: number | null; entity?: string | null; region?: string | null; readable: readonly string[] | null },
): Promise<ChangePage> {
  const size = pageSize(args.first);
  const { where, params } = filtersOf(args);
  const horizon = 'x.txid < pg_snapshot_xmin(pg_current_snapshot())';
  // The cursor names the last change seen; its (txid, id) is where the next page starts.
  const rows = await em.execute<(Omit<ChangeRow, 'id'> & { id: string })[]>(
    `${args.after ? 'with seen as (select y.txid, y.id from change y where y.id = ?)' : ''}
     select c.id::text as id, c.batch_id as "batchId", c.entity, c.entity_key as "entityKey", c.region_code as "regionCode",
            c.operation, c.before, c.after, c.principal, c.changed_at as "changedAt"
       from change c
      where c.txid = any(array(
              select x.txid from change_tx x
               where ${where('x')} and ${horizon} ${args.after ? 'and x.txid >= (select seen.txid from seen)' : ''}
               group by x.txid order by x.txid limit ?))
        and ${where('c')} ${args.after ? 'and (c.txid, c.id) > (select seen.txid, seen.id from seen)' : ''}
      order by c.txid, c.id limit ?`,
    [...(args.after ? [decode(args.after)] : []), ...params, size + 2, ...params, size + 1],
  );
  const count = async () => (await em.execute<{ count: number }[]>(
    `select coalesce(sum(x.changes), 0)::int as count from change_tx x where ${where('x')} and ${horizon}`, params))[0].count;
  return idPage(rows, size, count, encode, args.after);
}
