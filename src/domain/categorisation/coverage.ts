/** How much of each region's product list is mapped onto the shared categorisation. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRegions } from '../reference/regions.js';
import type { RegionRow } from '../reference/rows.js';
import { validOn } from '../sql.js';
import { IS_MAPPED, PRODUCT_COLUMNS, type LocalProductRow } from './rows.js';

export interface Coverage { region: RegionRow; productCount: number; mappedCount: number; unmappedCount: number }

/** From the read model coverage_step (readModels.ts): a few rows per region, however many products it holds. */
export async function mappingCoverage(em: EntityManager, on: string): Promise<Coverage[]> {
  const rows = await em.execute<(RegionRow & { productCount: number; mappedCount: number })[]>(
    `select r.code, r.name, coalesce(sum(cs.products), 0)::int as "productCount", coalesce(sum(cs.mapped), 0)::int as "mappedCount"
       from region r left join coverage_step cs on cs.region_code = r.code and cs.day <= ?::date
      group by r.code, r.name order by r.code`,
    [on],
  );
  return rows.map(({ code, name, productCount, mappedCount }) =>
    ({ region: { code, name }, productCount, mappedCount, unmappedCount: productCount - mappedCount }));
}

export async function unmappedProducts(em: EntityManager, region: string, on: string): Promise<LocalProductRow[]> {
  const [{ code }] = await requireRegions(em, [region]);
  return em.execute<LocalProductRow[]>(
    `select ${PRODUCT_COLUMNS} from local_product lp
      where lp.region_code = ? and ${validOn('lp')} and not ${IS_MAPPED}
      order by lp.product_category, lp.product_code`,
    [code, on],
  );
}
