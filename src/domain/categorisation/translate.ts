/** Translating a region's (product category, product code) onto the shared categorisation. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { productCode as normalisedProductCode, regionCode, requireProductCategory } from '../codes.js';
import { notFound } from '../errors.js';
import { validOn } from '../sql.js';
import { CATEGORY_COLUMNS } from './categories.js';
import { PRODUCT_COLUMNS, type CategoryRow, type LocalProductRow, type MappingRow } from './rows.js';

/** `categories`: the matched categories, for the caller to hand to its category loader (no second read). */
export interface Translation { found: boolean; localProduct: LocalProductRow | null; matches: MappingRow[]; categories: CategoryRow[] }

type MatchJson = Omit<MappingRow, 'setAt'> & { setAt: string; category: CategoryRow };

export async function translate(
  em: EntityManager, region: string, productCategory: string, productCode: string, on: string,
): Promise<Translation> {
  // One round trip: the region (to tell an unknown one), the version valid on the date, its mappings and their categories.
  const [row] = await em.execute<{ product: LocalProductRow | null; matches: MatchJson[] }[]>(
    `select to_json(p) as product, coalesce(m.matches, '[]') as matches
       from region r
       left join lateral (
         select ${PRODUCT_COLUMNS} from local_product lp
          where lp.region_code = r.code and lp.product_category = ? and lp.product_code = ? and ${validOn('lp')}) p on true
       left join lateral (
         select json_agg(json_build_object('productId', pm.product_id, 'categoryCode', pm.category_code, 'relationship', pm.relationship,
                  'setBy', pm.set_by, 'setAt', pm.set_at, 'category', (select to_json(c) from (select ${CATEGORY_COLUMNS} from category where code = pm.category_code) c))
                  order by pm.category_code) as matches
           from product_mapping pm where pm.product_id = p.id) m on true
      where r.code = ?`,
    [requireProductCategory(productCategory), normalisedProductCode(productCode), on, regionCode(region)],
  );
  if (!row) throw notFound(`Unknown region: ${region}`);
  if (!row.product) return { found: false, localProduct: null, matches: [], categories: [] };
  return {
    found: true,
    localProduct: row.product,
    matches: row.matches.map(({ category: _, ...mapping }) => mapping),
    categories: row.matches.map((match) => match.category),
  };
}
