/** Provinces, and the provinces a region lies in on a date (through its member municipalities). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { provinceCode } from '../codes.js';
import { byKey, dateArray, groupBy, textArray, validOn } from '../sql.js';
import { onKey, type OnKey, type ProvinceRow } from './rows.js';

export function listProvinces(em: EntityManager): Promise<ProvinceRow[]> {
  return em.execute<ProvinceRow[]>('select code, name from province order by code');
}

export async function provincesByCode(em: EntityManager, given: readonly string[]): Promise<(ProvinceRow | null)[]> {
  const codes = given.map(provinceCode);
  const rows = await em.execute<ProvinceRow[]>(`select code, name from province where code = any(${textArray})`, [codes]);
  return byKey(codes, rows, (row) => row.code);
}

export async function provincesOfRegions(em: EntityManager, keys: readonly OnKey[]): Promise<ProvinceRow[][]> {
  const rows = await em.execute<(ProvinceRow & { key: string })[]>(
    `select distinct k.region || '|' || k.on_date::text as key, p.code, p.name
       from unnest(${textArray}, ${dateArray}) as k(region, on_date)
       join region_membership rm on rm.region_code = k.region and ${validOn('rm', 'k.on_date')}
       join municipality m on m.code = rm.municipality_code
       join province p on p.code = m.province_code
      order by p.code`,
    [keys.map((k) => k.code), keys.map((k) => k.on)],
  );
  return groupBy(keys.map(onKey), rows, (row) => row.key);
}
