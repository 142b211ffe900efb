/** Reading providers back: by code or AGB code, and the shared categories and regions each serves. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProviderRow } from '../reference/providers.js';
import { groupBy, textArray } from '../sql.js';

/** A provider by its code, or by its eight-digit AGB code. */
export async function providerByCodeOrAgb(em: EntityManager, code: string): Promise<ProviderRow | null> {
  const key = code.trim().toUpperCase();
  const [row] = await em.execute<ProviderRow[]>(
    'select code, name, agb_code as "agbCode" from provider where code = ? or agb_code = ? order by code = ? desc limit 1', [key, key, key]);
  return row ?? null;
}

/** For each provider, the codes of the shared categories it offers (sorted). */
export async function categoryCodesOfProviders(em: EntityManager, providers: readonly string[]): Promise<string[][]> {
  const rows = await em.execute<{ provider: string; code: string }[]>(
    `select provider_code as provider, category_code as code from provider_category where provider_code = any(${textArray}) order by category_code`, [providers]);
  return groupBy(providers, rows, (row) => row.provider).map((list) => list.map((row) => row.code));
}

/** For each provider, the codes of the regions it serves (sorted). */
export async function regionCodesOfProviders(em: EntityManager, providers: readonly string[]): Promise<string[][]> {
  const rows = await em.execute<{ provider: string; code: string }[]>(
    `select provider_code as provider, region_code as code from provider_region where provider_code = any(${textArray}) order by region_code`, [providers]);
  return groupBy(providers, rows, (row) => row.provider).map((list) => list.map((row) => row.code));
}
