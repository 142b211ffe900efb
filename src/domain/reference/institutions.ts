/** Certified institutions (GIs), and the GIs each region contracts. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { institutionCode } from '../codes.js';
import { byKey, dateArray, groupBy, textArray, validOn } from '../sql.js';
import { onKey, type InstitutionRow, type OnKey } from './rows.js';

export function listInstitutions(em: EntityManager): Promise<InstitutionRow[]> {
  return em.execute<InstitutionRow[]>('select code, name, aliases from certified_institution order by code');
}

export async function institutionsByCode(em: EntityManager, given: readonly string[]): Promise<(InstitutionRow | null)[]> {
  const codes = given.map(institutionCode);
  const rows = await em.execute<InstitutionRow[]>(
    `select code, name, aliases from certified_institution where code = any(${textArray})`, [codes]);
  return byKey(codes, rows, (row) => row.code);
}

/** The GIs each region holds a contract with on the date. */
export async function institutionsOfRegions(em: EntityManager, keys: readonly OnKey[]): Promise<InstitutionRow[][]> {
  const rows = await em.execute<(InstitutionRow & { key: string })[]>(
    `select distinct k.region || '|' || k.on_date::text as key, ci.code, ci.name, ci.aliases
       from unnest(${textArray}, ${dateArray}) as k(region, on_date)
       join contract ic on ic.region_code = k.region and ${validOn('ic', 'k.on_date')}
       join certified_institution ci on ci.code = ic.institution_code
      order by ci.code`,
    [keys.map((k) => k.code), keys.map((k) => k.on)],
  );
  return groupBy(keys.map(onKey), rows, (row) => row.key);
}
