/** The shared categorisation tree and its lookups. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { categoryCode } from '../codes.js';
import { notFound } from '../errors.js';
import { byKey, groupBy, textArray } from '../sql.js';
import type { CategoryRow, MappingRow } from './rows.js';

/** Selects a category (unaliased) as a CategoryRow. */
export const CATEGORY_COLUMNS = `code, name, name_en as "nameEn", level, parent_code as "parentCode", intensity, crisis,
  cbs_care_form as "cbsCareForm", kind, legacy, version_code as "version", valid_from::text as "validFrom",
  valid_to::text as "validTo"`;

export function listCategories(em: EntityManager, level?: number | null): Promise<CategoryRow[]> {
  return level
    ? em.execute<CategoryRow[]>(`select ${CATEGORY_COLUMNS} from category where level = ? order by code`, [level])
    : em.execute<CategoryRow[]>(`select ${CATEGORY_COLUMNS} from category order by code`);
}

export async function categoriesByCode(em: EntityManager, given: readonly string[]): Promise<(CategoryRow | null)[]> {
  const codes = given.map(categoryCode);
  const rows = await em.execute<CategoryRow[]>(`select ${CATEGORY_COLUMNS} from category where code = any(${textArray})`, [codes]);
  return byKey(codes, rows, (row) => row.code);
}

export async function childrenOf(em: EntityManager, codes: readonly string[]): Promise<CategoryRow[][]> {
  const rows = await em.execute<CategoryRow[]>(
    `select ${CATEGORY_COLUMNS} from category where parent_code = any(${textArray}) order by code`, [codes]);
  return groupBy(codes, rows, (row) => row.parentCode!);
}

export async function requireCategory(em: EntityManager, code: string): Promise<CategoryRow> {
  const [category] = await categoriesByCode(em, [code]);
  if (!category) throw notFound(`Unknown category: ${code}`);
  return category;
}

/** The mappings of each local product, by category code. */
export async function mappingsOf(em: EntityManager, productIds: readonly number[]): Promise<MappingRow[][]> {
  const rows = await em.execute<MappingRow[]>(
    `select product_id as "productId", category_code as "categoryCode", relationship, set_by as "setBy", set_at as "setAt"
       from product_mapping where product_id = any(array[?]::int[]) order by category_code`,
    [productIds],
  );
  return groupBy(productIds.map(String), rows, (row) => String(row.productId));
}
