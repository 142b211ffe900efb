/** Municipalities: by code, the members of a region on a date, a municipality's region over time. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { municipalityCode } from '../codes.js';
import { byKey, dateArray, groupBy, textArray, validOn } from '../sql.js';
import { onKey, type MembershipRow, type MunicipalityRow, type OnKey } from './rows.js';

/** Selects a municipality aliased `m` as a MunicipalityRow. */
export const MUNICIPALITY_COLUMNS = `m.code, m.name, m.province_code as "provinceCode", m.valid_from::text as "validFrom",
  m.valid_to::text as "validTo", m.successor_code as "successorCode"`;

export async function municipalitiesByCode(em: EntityManager, given: readonly string[]): Promise<(MunicipalityRow | null)[]> {
  const codes = given.map(municipalityCode);
  const rows = await em.execute<MunicipalityRow[]>(`select ${MUNICIPALITY_COLUMNS} from municipality m where m.code = any(${textArray})`, [codes]);
  return byKey(codes, rows, (row) => row.code);
}

/** The municipalities that merged into each of these. */
export async function predecessorsOf(em: EntityManager, codes: readonly string[]): Promise<MunicipalityRow[][]> {
  const rows = await em.execute<MunicipalityRow[]>(
    `select ${MUNICIPALITY_COLUMNS} from municipality m where m.successor_code = any(${textArray}) order by m.code`, [codes]);
  return groupBy(codes, rows, (row) => row.successorCode!);
}

export async function municipalitiesOfRegions(em: EntityManager, keys: readonly OnKey[]): Promise<MunicipalityRow[][]> {
  const rows = await em.execute<(MunicipalityRow & { key: string })[]>(
    `select k.region || '|' || k.on_date::text as key, ${MUNICIPALITY_COLUMNS}
       from unnest(${textArray}, ${dateArray}) as k(region, on_date)
       join region_membership rm on rm.region_code = k.region and ${validOn('rm', 'k.on_date')}
       join municipality m on m.code = rm.municipality_code
      order by m.code`,
    [keys.map((k) => k.code), keys.map((k) => k.on)],
  );
  return groupBy(keys.map(onKey), rows, (row) => row.key);
}

export async function municipalitiesOfProvinces(em: EntityManager, keys: readonly OnKey[]): Promise<MunicipalityRow[][]> {
  const rows = await em.execute<(MunicipalityRow & { key: string })[]>(
    `select k.province || '|' || k.on_date::text as key, ${MUNICIPALITY_COLUMNS}
       from unnest(${textArray}, ${dateArray}) as k(province, on_date)
       join municipality m on m.province_code = k.province and ${validOn('m', 'k.on_date')}
      order by m.code`,
    [keys.map((k) => k.code), keys.map((k) => k.on)],
  );
  return groupBy(keys.map(onKey), rows, (row) => row.key);
}

/** Every region membership period of each municipality, oldest first. */
export async function membershipsOf(em: EntityManager, codes: readonly string[]): Promise<MembershipRow[][]> {
  const rows = await em.execute<MembershipRow[]>(
    `select municipality_code as "municipalityCode", region_code as "regionCode",
            valid_from::text as "validFrom", valid_to::text as "validTo"
       from region_membership where municipality_code = any(${textArray}) order by valid_from`,
    [codes],
  );
  return groupBy(codes, rows, (row) => row.municipalityCode);
}
