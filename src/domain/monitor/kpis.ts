/**
 * The seven monitor KPIs of every requested region, computed by PostgreSQL in ONE statement whatever the number
 * of regions (the definitions are in schema/monitor.graphql). Counts come back unsuppressed; suppression.ts
 * applies disclosure control afterwards.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { MEASURE_TYPES } from './measures.js';

export interface FlowCounts { type: string; activeAtStart: number; inflow: number; outflow: number; activeAtEnd: number; medianDays: number | null }
export interface OverlapCounts { measuresActive: number; withOverlap: number }

export interface RawKpis {
  region: string;
  flows: FlowCounts[];
  otsToGuardianship: number;
  overlapYouthHelp: OverlapCounts;
  overlapCrisis: OverlapCounts;
  waiting: { startedCount: number; medianDays: number | null; p90Days: number | null; stillWaiting: number };
  stepDown: { eligible: number; steppedDown: number };
}

const OTS = `('OTS', 'VOORLOPIGE_OTS')`;
const GUARDIANSHIP = `('VOOGDIJ', 'VOORLOPIGE_VOOGDIJ', 'TIJDELIJKE_VOOGDIJ')`;
/** Days after an OTS ends within which a guardianship must start to count as a transition. */
export const TRANSITION_DAYS = 30;

const SQL = `
with p as (select ?::date as f, ?::date as t),
r as (select code from region where ? or code = any(array[?]::text[])),
types as (select type, ord from unnest(array[?]::text[]) with ordinality as x(type, ord)),
-- measures active on at least one day of P, filed under their region
m as materialized (
  select m.id, m.region_code, m.client, m.type, m.start_date as s, m.end_date as e
    from measure m join r on r.code = m.region_code, p
   where m.start_date <= p.t and (m.end_date is null or m.end_date >= p.f)
),
flows as (
  select m.region_code, m.type,
         count(*) filter (where m.s < p.f)::int as a, count(*) filter (where m.s >= p.f)::int as i,
         count(*) filter (where m.e <= p.t)::int as o, count(*) filter (where m.e is null or m.e > p.t)::int as ae,
         percentile_cont(0.5) within group (order by m.e - m.s + 1) filter (where m.e <= p.t) as median
    from m, p group by m.region_code, m.type
),
ots_guard as (
  select o.region_code, count(distinct o.client)::int as n
    from m o, p
   where o.type in ${OTS} and o.e <= p.t
     and exists (select 1 from measure g where g.client = o.client and g.type in ${GUARDIANSHIP}
                   and g.start_date between o.e and o.e + ${TRANSITION_DAYS})
   group by o.region_code
),
-- what a local product is, through its mappings: youth help, crisis, and its highest intensity
product_kind as (
  select pm.product_id, bool_or(c.kind = 'JEUGDHULP') as jeugdhulp, bool_or(c.crisis) as crisis, max(c.intensity) as intensity
    from product_mapping pm join category c on c.code = pm.category_code group by pm.product_id
),
-- youth help that started, of the children with a measure in P
h as materialized (
  select y.id, y.client, y.start_date as s, coalesce(y.end_date, 'infinity'::date) as e, k.jeugdhulp, k.crisis, k.intensity
    from youth_help y join product_kind k on k.product_id = y.product_id
   where y.start_date is not null and y.client in (select client from m)
),
overlap as (
  select x.region_code, count(*)::int as active,
         count(*) filter (where x.jh)::int as jh, count(*) filter (where x.cr)::int as cr
    from (select m.id, m.region_code,
                 coalesce(bool_or(h.jeugdhulp), false) as jh, coalesce(bool_or(h.crisis), false) as cr
            from m cross join p
            left join h on h.client = m.client and h.s <= least(m.e, p.t) and h.e >= greatest(m.s, p.f)
           group by m.id, m.region_code) x
   group by x.region_code
),
-- items of known intensity that started during the measure (up to the end of P), latest first
sd_items as (
  select m.id, m.region_code, h.intensity,
         row_number() over (partition by m.id order by h.s desc, h.id desc) as rn,
         count(*) over (partition by m.id) as n
    from m cross join p join h on h.client = m.client and h.intensity is not null and h.s >= m.s and h.s <= least(m.e, p.t)
),
step_down as (
  select region_code, count(*)::int as eligible, count(*) filter (where last < earlier)::int as stepped
    from (select id, region_code, max(intensity) filter (where rn = 1) as last, max(intensity) filter (where rn > 1) as earlier
            from sd_items where n >= 2 group by id, region_code) x
   group by region_code
),
-- youth help requested in P, by the region that allocated it, for children with a measure on the request date
waits as (
  select y.region_code, count(*) filter (where y.start_date <= p.t)::int as started,
         percentile_cont(0.5) within group (order by y.start_date - y.requested) filter (where y.start_date <= p.t) as median,
         percentile_disc(0.9) within group (order by y.start_date - y.requested) filter (where y.start_date <= p.t) as p90,
         count(*) filter (where y.start_date is null or y.start_date > p.t)::int as still
    from youth_help y join r on r.code = y.region_code, p
   where y.requested between p.f and p.t
     and exists (select 1 from measure mm where mm.client = y.client and mm.start_date <= y.requested
                   and (mm.end_date is null or mm.end_date >= y.requested))
   group by y.region_code
)
select r.code as region,
       (select json_agg(json_build_object('type', types.type, 'activeAtStart', coalesce(f.a, 0), 'inflow', coalesce(f.i, 0),
                        'outflow', coalesce(f.o, 0), 'activeAtEnd', coalesce(f.ae, 0), 'medianDays', f.median) order by types.ord)
          from types left join flows f on f.region_code = r.code and f.type = types.type) as flows,
       coalesce(og.n, 0) as "otsToGuardianship",
       json_build_object('measuresActive', coalesce(ov.active, 0), 'withOverlap', coalesce(ov.jh, 0)) as "overlapYouthHelp",
       json_build_object('measuresActive', coalesce(ov.active, 0), 'withOverlap', coalesce(ov.cr, 0)) as "overlapCrisis",
       json_build_object('startedCount', coalesce(w.started, 0), 'medianDays', w.median, 'p90Days', w.p90, 'stillWaiting', coalesce(w.still, 0)) as waiting,
       json_build_object('eligible', coalesce(sd.eligible, 0), 'steppedDown', coalesce(sd.stepped, 0)) as "stepDown"
  from r
  left join ots_guard og on og.region_code = r.code
  left join overlap ov on ov.region_code = r.code
  left join waits w on w.region_code = r.code
  left join step_down sd on sd.region_code = r.code
 order by r.code`;

/** regions null: every region. Unknown codes simply yield no row (the caller checks). */
export function computeKpis(em: EntityManager, args: { regions: string[] | null; from: string; to: string }): Promise<RawKpis[]> {
  return em.execute<RawKpis[]>(SQL, [args.from, args.to, args.regions === null, args.regions ?? [], [...MEASURE_TYPES]]);
}
