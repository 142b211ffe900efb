/** Comparing regions' tariffs for a shared category, normalised to comparable units, computed in SQL. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { normalisedTariffSql, normalisedUnitOrder } from '../../reference/units.js';
import { requireRegions } from '../reference/regions.js';
import type { RegionRow } from '../reference/rows.js';
import { textArray, validOn } from '../sql.js';
import { requireCategory } from './categories.js';
import { MAPPED_INTO_SUBTREE } from './rows.js';

export interface TariffStatistics { unit: string; count: number; minCents: number; medianCents: number; maxCents: number }
export interface RegionComparison { region: RegionRow; productCount: number; tariffs: TariffStatistics[] }

const normalised = normalisedTariffSql('lp.unit', 'lp.tariff_cents');

export async function compareRegions(
  em: EntityManager, args: { category: string; regions?: readonly string[] | null; on: string },
): Promise<RegionComparison[]> {
  const category = await requireCategory(em, args.category);
  const regions = await requireRegions(em, args.regions);
  const rows = await em.execute<({ regionCode: string; unit: string | null; productCount: number } & Omit<TariffStatistics, 'unit'>)[]>(
    `with matched as (
       select lp.region_code, ${normalised.unit} as unit, ${normalised.value} as value
         from local_product lp
        where lp.region_code = any(${textArray}) and ${validOn('lp')} and ${MAPPED_INTO_SUBTREE}
     )
     select region_code as "regionCode", unit,
            sum(count(*)) over (partition by region_code)::int as "productCount",
            count(value)::int as count, min(value)::bigint as "minCents", max(value)::bigint as "maxCents",
            round((percentile_cont(0.5) within group (order by value))::numeric)::bigint as "medianCents"
       from matched group by region_code, unit`,
    [regions.map((r) => r.code), args.on, category.code, category.code],
  );
  return regions.map((region) => {
    const own = rows.filter((row) => row.regionCode === region.code);
    return {
      region,
      productCount: own[0]?.productCount ?? 0,
      tariffs: own
        .filter((row) => row.unit !== null && row.count > 0)
        .sort((a, b) => normalisedUnitOrder.indexOf(a.unit!) - normalisedUnitOrder.indexOf(b.unit!))
        .map(({ unit, count, minCents, medianCents, maxCents }) =>
          ({ unit: unit!, count, minCents: Number(minCents), medianCents: Number(medianCents), maxCents: Number(maxCents) })),
    };
  });
}
