/** A municipality with its province, its whole region history (with the regions) and its successor, in one statement. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { municipalityCode } from '../codes.js';
import { MUNICIPALITY_COLUMNS } from './municipalities.js';
import type { MembershipRow, MunicipalityRow, ProvinceRow, RegionRow } from './rows.js';

export interface MunicipalityWithRelations {
  municipality: MunicipalityRow;
  province: ProvinceRow;
  memberships: MembershipRow[];
  regions: RegionRow[];
  successor: MunicipalityRow | null;
}

export async function municipalityWithRelations(em: EntityManager, code: string): Promise<MunicipalityWithRelations | null> {
  const [row] = await em.execute<MunicipalityWithRelations[]>(
    `select to_json(x) as municipality,
            (select to_json(p) from (select code, name from province where code = x."provinceCode") p) as province,
            (select coalesce(json_agg(h order by h."validFrom"), '[]') from (
               select municipality_code as "municipalityCode", region_code as "regionCode", valid_from::text as "validFrom", valid_to::text as "validTo"
                 from region_membership where municipality_code = x.code) h) as memberships,
            (select coalesce(json_agg(r), '[]') from (
               select distinct r.code, r.name from region_membership rm join region r on r.code = rm.region_code where rm.municipality_code = x.code) r) as regions,
            (select to_json(s) from (select ${MUNICIPALITY_COLUMNS} from municipality m where m.code = x."successorCode") s) as successor
       from (select ${MUNICIPALITY_COLUMNS} from municipality m where m.code = ?) x`,
    [municipalityCode(code)],
  );
  return row ?? null;
}
