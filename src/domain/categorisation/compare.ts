/** Comparing regions' tariffs for a shared category, normalised to comparable units, computed in SQL. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { normalisedUnitOrder } from '../../reference/units.js';
import { requireRegions } from '../reference/regions.js';
import type { RegionRow } from '../reference/rows.js';
import { textArray, validOn } from '../sql.js';
import { requireCategory } from './categories.js';

export interface TariffStatistics { unit: string; count: number; minCents: number; medianCents: number; maxCents: number }
export interface RegionComparison { region: RegionRow; productCount: number; tariffs: TariffStatistics[] }

export async function compareRegions(
  em: EntityManager, args: { category: string; regions?: readonly string[] | null; on: string },
): Promise<RegionComparison[]> {
  const category = await requireCategory(em, args.category);
  const regions = await requireRegions(em, args.regions);
  // One row per region and unit from the read model (readModels.ts): the cost follows the answer.
  const rows = await em.execute<({ regionCode: string; unit: string | null; productCount: number } & Omit<TariffStatistics, 'unit'>)[]>(
    `select region_code as "regionCode", nullif(unit, '') as unit,
            sum(product_count) over (partition by region_code)::int as "productCount",
            tariff_count as count, min_cents as "minCents", max_cents as "maxCents", median_cents as "medianCents"
       from category_segment cs
      where cs.category_code = ? and cs.region_code = any(${textArray}) and ${validOn('cs')}`,
    [category.code, regions.map((r) => r.code), args.on],
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
