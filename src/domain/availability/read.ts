/** availability: per provider its latest report on or before a date, for a category (and those beneath it) in a region. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../errors.js';

export interface AvailabilityRow {
  providerCode: string; categoryCode: string; freePlaces: number; waitingCount: number; expectedWaitDays: number | null; reportedOn: string;
}

export async function availability(em: EntityManager, args: { category: string; region: string; on: string }): Promise<AvailabilityRow[]> {
  const rows = await em.execute<(AvailabilityRow & { categoryKnown: boolean; regionKnown: boolean })[]>(
    `with recursive tree as (select code from category where code = ? union all select c.code from category c join tree on c.parent_code = tree.code),
     latest as (
       select distinct on (a.provider_code, a.category_code) a.provider_code as "providerCode", a.category_code as "categoryCode",
              a.free_places as "freePlaces", a.waiting_count as "waitingCount", a.expected_wait_days as "expectedWaitDays", a.reported_on::text as "reportedOn"
         from availability_report a join tree on tree.code = a.category_code
        where a.region_code = ? and a.reported_on <= ?::date
        order by a.provider_code, a.category_code, a.reported_on desc)
     select k.*, l.* from (select exists (select 1 from tree) as "categoryKnown", exists (select 1 from region where code = ?) as "regionKnown") k
       left join latest l on true
      order by l."freePlaces" desc, l."expectedWaitDays" asc nulls last, l."providerCode", l."categoryCode"`,
    [args.category, args.region, args.on, args.region],
  );
  if (!rows[0].categoryKnown) throw notFound(`Unknown shared category ${args.category}`);
  if (!rows[0].regionKnown) throw notFound(`Unknown region ${args.region}`);
  return rows.filter((row) => row.providerCode !== null).map(({ categoryKnown: _c, regionKnown: _r, ...row }) => row);
}
