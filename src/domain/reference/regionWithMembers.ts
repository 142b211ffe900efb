/** A region with its member municipalities and its provinces on given dates, in one statement. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { regionCode } from '../codes.js';
import { validOn } from '../sql.js';
import { MUNICIPALITY_COLUMNS } from './municipalities.js';
import type { MunicipalityRow, ProvinceRow, RegionRow } from './rows.js';

export interface RegionWithMembers extends RegionRow { municipalities: MunicipalityRow[]; provinces: ProvinceRow[] }

/** The region's member municipalities `m` (and their provinces `p`) on the date bound to the `?`. */
const MEMBERS = `region_membership rm join municipality m on m.code = rm.municipality_code join province p on p.code = m.province_code
  where rm.region_code = r.code and ${validOn('rm')}`;

/** The members on `municipalitiesOn` and the provinces on `provincesOn`; a list whose date is null comes back empty. */
export async function regionWithMembers(
  em: EntityManager, code: string, dates: { municipalitiesOn: string | null; provincesOn: string | null },
): Promise<RegionWithMembers | null> {
  const [row] = await em.execute<RegionWithMembers[]>(
    `select r.code, r.name,
            (select coalesce(json_agg(x order by x.code), '[]') from (select ${MUNICIPALITY_COLUMNS} from ${MEMBERS}) x) as municipalities,
            (select coalesce(json_agg(x order by x.code), '[]') from (select distinct p.code, p.name from ${MEMBERS}) x) as provinces
       from region r where r.code = ?`,
    [dates.municipalitiesOn, dates.provincesOn, regionCode(code)],
  );
  return row ?? null;
}
