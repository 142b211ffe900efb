/** Youth-help providers (aanbieders). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { providerCode } from '../codes.js';
import { byKey, textArray } from '../sql.js';

export interface ProviderRow { code: string; name: string; agbCode: string | null }

export async function providersByCode(em: EntityManager, given: readonly string[]): Promise<(ProviderRow | null)[]> {
  const codes = given.map(providerCode);
  const rows = await em.execute<ProviderRow[]>(`select code, name, agb_code as "agbCode" from provider where code = any(${textArray})`, [codes]);
  return byKey(codes, rows, (row) => row.code);
}
