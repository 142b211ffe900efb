/** Youth-care regions: all, by code, in a province on a date, and the regions of GIs. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { regionCode } from '../codes.js';
import { notFound } from '../errors.js';
import { byKey, dateArray, groupBy, textArray, validOn } from '../sql.js';
import { onKey, type OnKey, type RegionRow } from './rows.js';

export function listRegions(em: EntityManager): Promise<RegionRow[]> {
  return em.execute<RegionRow[]>('select code, name from region order by code');
}

export async function regionsByCode(em: EntityManager, given: readonly string[]): Promise<(RegionRow | null)[]> {
  const codes = given.map(regionCode);
  const rows = await em.execute<RegionRow[]>(`select code, name from region where code = any(${textArray})`, [codes]);
  return byKey(codes, rows, (row) => row.code);
}

/** The regions, checked to exist: NOT_FOUND names every unknown code. All regions when `codes` is omitted. */
export async function requireRegions(em: EntityManager, codes?: readonly string[] | null): Promise<RegionRow[]> {
  if (!codes) return listRegions(em);
  const found = await regionsByCode(em, codes);
  const unknown = codes.filter((_, i) => !found[i]);
  if (unknown.length) throw notFound(`Unknown region${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  return [...new Map(found.map((r) => [r!.code, r!])).values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Every region with at least one member municipality in the province on the date. */
export async function regionsOfProvinces(em: EntityManager, keys: readonly OnKey[]): Promise<RegionRow[][]> {
  const rows = await em.execute<(RegionRow & { key: string })[]>(
    `select distinct k.province || '|' || k.on_date::text as key, r.code, r.name
       from unnest(${textArray}, ${dateArray}) as k(province, on_date)
       join municipality m on m.province_code = k.province
       join region_membership rm on rm.municipality_code = m.code and ${validOn('rm', 'k.on_date')}
       join region r on r.code = rm.region_code
      order by r.code`,
    [keys.map((k) => k.code), keys.map((k) => k.on)],
  );
  return groupBy(keys.map(onKey), rows, (row) => row.key);
}

/** The regions holding a contract with each GI on the date. */
export async function regionsOfInstitutions(em: EntityManager, keys: readonly OnKey[]): Promise<RegionRow[][]> {
  const rows = await em.execute<(RegionRow & { key: string })[]>(
    `select distinct k.institution || '|' || k.on_date::text as key, r.code, r.name
       from unnest(${textArray}, ${dateArray}) as k(institution, on_date)
       join contract ic on ic.institution_code = k.institution and ${validOn('ic', 'k.on_date')}
       join region r on r.code = ic.region_code
      order by r.code`,
    [keys.map((k) => k.code), keys.map((k) => k.on)],
  );
  return groupBy(keys.map(onKey), rows, (row) => row.key);
}
