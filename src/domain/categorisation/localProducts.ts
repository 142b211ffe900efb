/** Local products of any region mapped onto a shared category (or beneath it): a keyset-paginated connection. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageOf, pageSize, type Page } from '../batch/pages.js';
import { badInput } from '../errors.js';
import { requireRegions } from '../reference/regions.js';
import { textArray, validOn, validOnComparisons } from '../sql.js';
import { requireCategory } from './categories.js';
import { MEMBERS } from './readModels.js';
import { PRODUCT_COLUMNS, type LocalProductRow } from './rows.js';

/** Cursors are opaque to clients; inside they hold the sort key of the last row seen. */
const encodeCursor = (p: LocalProductRow) =>
  Buffer.from(JSON.stringify([p.regionCode, p.productCategory, p.productCode])).toString('base64url');

function decodeCursor(cursor: string): [string, string, string] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 3 && key.every((part) => typeof part === 'string')) return key as [string, string, string];
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this API returned');
}

export async function localProductsForCategory(
  em: EntityManager,
  args: { category: string; regions?: readonly string[] | null; on: string; first?: number | null; after?: string | null },
): Promise<Page<LocalProductRow>> {
  const size = pageSize(args.first);
  const category = await requireCategory(em, args.category);
  const regions = args.regions ? (await requireRegions(em, args.regions)).map((r) => r.code) : null;
  const regionFilter = (alias: string) => (regions ? ` and ${alias}.region_code = any(${textArray})` : '');
  const after = args.after ? decodeCursor(args.after) : null;
  // totalCount from the per-region counts and the page from the read model (readModels.ts), in one statement: neither
  // grows with the country. The page's keys come first, from the index alone: the first `size + 1` after the cursor of
  // each of the category's members (itself and its children), merged, each product once (one mapped into two members).
  const page = `select cp.product_id, cp.region_code, cp.product_category, cp.product_code from category_product cp
                 where cp.category_code = m.member_code and ${validOnComparisons('cp')}${regionFilter('cp')}
                   ${after ? 'and (cp.region_code, cp.product_category, cp.product_code) > (?, ?, ?)' : ''}
                 order by cp.region_code, cp.product_category, cp.product_code limit ?`;
  const rows = await em.execute<(LocalProductRow & { totalCount: number })[]>(
    `select (select coalesce(sum(cs.product_count), 0)::int from category_segment cs
              where cs.category_code = ? and ${validOn('cs')}${regionFilter('cs')}) as "totalCount", page.*
       from (select 1) as one left join lateral (
         select ${PRODUCT_COLUMNS} from (
           select distinct on (k.region_code, k.product_category, k.product_code) k.*
             from ${MEMBERS} m cross join lateral (${page}) as k
            where m.category_code = ?
            order by k.region_code, k.product_category, k.product_code limit ?) as keys
         join local_product lp on lp.id = keys.product_id
         order by keys.region_code, keys.product_category, keys.product_code) as page on true`,
    [category.code, args.on, ...(regions ? [regions] : []),
      args.on, args.on, ...(regions ? [regions] : []), ...(after ?? []), size + 1, category.code, size + 1],
  );
  const count = rows[0].totalCount;
  const products = rows.filter((row) => row.id !== null).map(({ totalCount: _, ...product }) => product);
  return { totalCount: count, ...pageOf(products, size, encodeCursor) };
}
