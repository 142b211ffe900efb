/** Reading providers back: by code or AGB code, and the shared categories and regions each serves. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProviderRow } from '../reference/providers.js';
import { groupBy, textArray } from '../sql.js';
import { providerCode } from '../codes.js';

/** A provider by its code, or by its eight-digit AGB code. */
export async function providerByCodeOrAgb(em: EntityManager, code: string): Promise<ProviderRow | null> {
  const key = providerCode(code);
  const [row] = await em.execute<ProviderRow[]>(
    'select code, name, agb_code as "agbCode" from provider where code = ? or agb_code = ? order by code = ? desc limit 1', [key, key, key]);
  return row ?? null;
}

/** For each provider, the codes it lists in one of its link tables (sorted). */
const linkedCodes = (table: 'provider_category' | 'provider_region', column: 'category_code' | 'region_code') =>
  async (em: EntityManager, providers: readonly string[]): Promise<string[][]> => {
    const rows = await em.execute<{ provider: string; code: string }[]>(
      `select provider_code as provider, ${column} as code from ${table} where provider_code = any(${textArray}) order by ${column}`, [providers]);
    return groupBy(providers, rows, (row) => row.provider).map((list) => list.map((row) => row.code));
  };

/** The shared categories each provider offers. */
export const categoryCodesOfProviders = linkedCodes('provider_category', 'category_code');
/** The regions each provider serves. */
export const regionCodesOfProviders = linkedCodes('provider_region', 'region_code');
