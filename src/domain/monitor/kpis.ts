/**
 * The seven monitor KPIs of every requested region, computed by PostgreSQL in ONE query whatever the number
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

// :name placeholders, bound by position (see bind below); the dates are constants to the planner, so it can use the indexes.
const SQL = `
with r as (select code from region where :all or code = any(array[:regions]::text[])),
types as (select type, ord from unnest(array[:types]::text[]) with ordinality as x(type, ord)),
-- what a local product is, through its mappings: youth help, crisis, and its highest intensity
product_kind as (
  select pm.product_id, bool_or(c.kind = 'JEUGDHULP') as jeugdhulp, bool_or(c.crisis) as crisis, max(c.intensity) as intensity
    from product_mapping pm join category c on c.code = pm.category_code group by pm.product_id
),
-- every measure active on at least one day of P, filed under its region, with what the youth help of its child did:
-- overlap (help on a day inside P and the measure); of the items of known intensity started during the measure their
-- number, highest intensity and the intensity of the one started last (the largest key of start date, id and
-- intensity: no ordered aggregate, so PostgreSQL can hash instead of sort); and for an OTS ended in P whether a
-- guardianship started within the transition days
per_measure as materialized (
  select m.id, m.region_code, m.type, m.start_date as s, m.end_date as e, m.client,
         coalesce(bool_or(k.jeugdhulp and coalesce(h.end_date, 'infinity') >= greatest(m.start_date, :from::date)), false) as jh,
         coalesce(bool_or(k.crisis and coalesce(h.end_date, 'infinity') >= greatest(m.start_date, :from::date)), false) as cr,
         count(*) filter (where k.intensity is not null and h.start_date >= m.start_date) as items,
         max(k.intensity) filter (where h.start_date >= m.start_date) as highest,
         max(((h.start_date - date '1900-01-01')::bigint * 2147483648 + h.id) * 8 + k.intensity)
           filter (where k.intensity is not null and h.start_date >= m.start_date) % 8 as last,
         m.type in ${OTS} and m.end_date <= :to::date and exists (
           select 1 from measure g where g.client = m.client and g.type in ${GUARDIANSHIP}
              and g.start_date between m.end_date and m.end_date + ${TRANSITION_DAYS}) as transition
    from measure m
    join r on r.code = m.region_code
    left join youth_help h on h.client = m.client and h.start_date <= least(m.end_date, :to::date)
          and (coalesce(h.end_date, 'infinity') >= greatest(m.start_date, :from::date) or h.start_date >= m.start_date)
    left join product_kind k on k.product_id = h.product_id
   where m.start_date <= :to::date and (m.end_date is null or m.end_date >= :from::date)
   group by m.id
),
flows as materialized (
  select region_code, type,
         count(*) filter (where s < :from::date)::int as a, count(*) filter (where s >= :from::date)::int as i,
         count(*) filter (where e <= :to::date)::int as o, count(*) filter (where e is null or e > :to::date)::int as ae,
         percentile_cont(0.5) within group (order by e - s + 1) filter (where e <= :to::date) as median
    from per_measure group by region_code, type
),
per_region as (
  select region_code, count(*)::int as active, count(*) filter (where jh)::int as jh, count(*) filter (where cr)::int as cr,
         count(*) filter (where items >= 2)::int as eligible,
         -- the last item is lighter than the highest of all exactly when it is lighter than the highest before it
         count(*) filter (where items >= 2 and last < highest)::int as stepped
    from per_measure group by region_code
),
transitions as (
  select region_code, count(distinct client)::int as children from per_measure where transition group by region_code
),
-- youth help requested in P, by the region that allocated it, for children with a measure on the request date
waits as (
  select y.region_code, count(*) filter (where y.start_date <= :to::date)::int as started,
         percentile_cont(0.5) within group (order by y.start_date - y.requested) filter (where y.start_date <= :to::date) as median,
         percentile_disc(0.9) within group (order by y.start_date - y.requested) filter (where y.start_date <= :to::date) as p90,
         count(*) filter (where y.start_date is null or y.start_date > :to::date)::int as still
    from youth_help y join r on r.code = y.region_code
   where y.requested between :from::date and :to::date
     and exists (select 1 from measure mm where mm.client = y.client and mm.start_date <= y.requested
                   and (mm.end_date is null or mm.end_date >= y.requested)
                   -- implied by the two above for a request in P; lets the planner read only the measures of P
                   and mm.start_date <= :to::date and (mm.end_date is null or mm.end_date >= :from::date))
   group by y.region_code
)
select r.code as region,
       (select json_agg(json_build_object('type', types.type, 'activeAtStart', coalesce(f.a, 0), 'inflow', coalesce(f.i, 0),
                        'outflow', coalesce(f.o, 0), 'activeAtEnd', coalesce(f.ae, 0), 'medianDays', f.median) order by types.ord)
          from types left join flows f on f.region_code = r.code and f.type = types.type) as flows,
       coalesce(tr.children, 0) as "otsToGuardianship",
       json_build_object('measuresActive', coalesce(pr.active, 0), 'withOverlap', coalesce(pr.jh, 0)) as "overlapYouthHelp",
       json_build_object('measuresActive', coalesce(pr.active, 0), 'withOverlap', coalesce(pr.cr, 0)) as "overlapCrisis",
       json_build_object('startedCount', coalesce(w.started, 0), 'medianDays', w.median, 'p90Days', w.p90, 'stillWaiting', coalesce(w.still, 0)) as waiting,
       json_build_object('eligible', coalesce(pr.eligible, 0), 'steppedDown', coalesce(pr.stepped, 0)) as "stepDown"
  from r
  left join per_region pr on pr.region_code = r.code
  left join transitions tr on tr.region_code = r.code
  left join waits w on w.region_code = r.code
 order by r.code`;

/** Turns :name placeholders into positional ones with their values in order (`::casts` are left alone). */
function bind(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const text = sql.replace(/(?<!:):([a-z]+)/g, (_, name: string) => { params.push(values[name]); return '?'; });
  return [text, params];
}

/** regions null: every region. Unknown codes simply yield no row (the caller checks). */
export function computeKpis(em: EntityManager, args: { regions: readonly string[] | null; from: string; to: string }): Promise<RawKpis[]> {
  return em.transactional(async (tx) => {
    // One reporting query over tens of thousands of rows: parallel workers cost more than they save on it (measured
    // on the national demo data), and its sorts fit in memory with a little more work_mem.
    await tx.execute(`select set_config('max_parallel_workers_per_gather', '0', true), set_config('work_mem', '32MB', true)`);
    return tx.execute<RawKpis[]>(...bind(SQL, { all: args.regions === null, regions: args.regions ?? [], types: [...MEASURE_TYPES], from: args.from, to: args.to }));
  });
}
