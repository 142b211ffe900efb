/** Translating a region's (product category, product code) onto the shared categorisation. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { productCode as normalisedProductCode, requireProductCategory } from '../codes.js';
import { requireRegions } from '../reference/regions.js';
import { validOn } from '../sql.js';
import { mappingsOf } from './categories.js';
import { PRODUCT_COLUMNS, type LocalProductRow, type MappingRow } from './rows.js';

export interface Translation { found: boolean; localProduct: LocalProductRow | null; matches: MappingRow[] }

export async function translate(
  em: EntityManager, region: string, productCategory: string, productCode: string, on: string,
): Promise<Translation> {
  const [{ code }] = await requireRegions(em, [region]);
  const [product] = await em.execute<LocalProductRow[]>(
    `select ${PRODUCT_COLUMNS} from local_product lp
      where lp.region_code = ? and lp.product_category = ? and lp.product_code = ? and ${validOn('lp')}`,
    [code, requireProductCategory(productCategory), normalisedProductCode(productCode), on],
  );
  if (!product) return { found: false, localProduct: null, matches: [] };
  const [matches] = await mappingsOf(em, [product.id]);
  return { found: true, localProduct: product, matches };
}
