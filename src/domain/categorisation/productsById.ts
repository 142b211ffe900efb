/** Local product versions by their id (for `node(id:)` and federation references). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey } from '../sql.js';
import { PRODUCT_COLUMNS, type LocalProductRow } from './rows.js';

export async function productsById(em: EntityManager, ids: readonly number[]): Promise<(LocalProductRow | null)[]> {
  const rows = await em.execute<LocalProductRow[]>(`select ${PRODUCT_COLUMNS} from local_product lp where lp.id = any(array[?]::int[])`, [ids]);
  return byKey(ids.map(String), rows, (row) => String(row.id));
}
