/** Local products of any region mapped onto a shared category (or beneath it): a keyset-paginated connection. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageOf } from '../cursors.js';
import { badInput } from '../errors.js';
import { requireRegions } from '../reference/regions.js';
import { textArray, validOn } from '../sql.js';
import { requireCategory } from './categories.js';
import { MAPPED_INTO_SUBTREE, PRODUCT_COLUMNS, type LocalProductRow } from './rows.js';

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 100;

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

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

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) throw badInput(`first must be from 0 to ${MAX_PAGE}, got ${size}`);
  return size;
}

export async function localProductsForCategory(
  em: EntityManager,
  args: { category: string; regions?: readonly string[] | null; on: string; first?: number | null; after?: string | null },
): Promise<Page<LocalProductRow>> {
  const size = pageSize(args.first);
  const category = await requireCategory(em, args.category);
  const regions = args.regions ? (await requireRegions(em, args.regions)).map((r) => r.code) : null;
  const where = `${validOn('lp')} and ${MAPPED_INTO_SUBTREE}${regions ? ` and lp.region_code = any(${textArray})` : ''}`;
  const params = [args.on, category.code, category.code, ...(regions ? [regions] : [])];

  const [{ count }] = await em.execute<{ count: number }[]>(`select count(*)::int as count from local_product lp where ${where}`, params);
  const after = args.after ? decodeCursor(args.after) : null;
  const rows = await em.execute<LocalProductRow[]>(
    `select ${PRODUCT_COLUMNS} from local_product lp
      where ${where}${after ? ' and (lp.region_code, lp.product_category, lp.product_code) > (?, ?, ?)' : ''}
      order by lp.region_code, lp.product_category, lp.product_code limit ?`,
    [...params, ...(after ?? []), size + 1],
  );
  return pageOf(rows, size, count, encodeCursor);
}
