/** Children with a measure waiting for suitable help, as the GIs reported them per region (public figures). */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import { runBatch } from '../batch/run.js';
import { checkEach } from '../batch/rows.js';
import { badInput } from '../errors.js';
import { validOn } from '../sql.js';

export interface WaitingReportRow { regionCode: string; date: string; count: number; source: string | null }

/** Per region its latest report on or before `on`; with a province, only regions with a municipality there on `on`. */
export async function waitingReported(em: EntityManager, args: { province: string | null; on: string }): Promise<{ total: number; regions: WaitingReportRow[] }> {
  const regions = await em.execute<WaitingReportRow[]>(
    `select distinct on (w.region_code) w.region_code as "regionCode", w.date::text as date, w.count, w.source
       from waiting_report w
      where w.date <= ?::date
        and (?::text is null or exists (
              select 1 from region_membership rm join municipality m on m.code = rm.municipality_code
               where rm.region_code = w.region_code and m.province_code = ?::text and ${validOn('rm', '?::date')}))
      order by w.region_code, w.date desc`,
    [args.on, args.province, args.province, args.on],
  );
  return { total: regions.reduce((sum, r) => sum + r.count, 0), regions };
}

type Snapshot = Omit<WaitingReportRow, 'regionCode'>;

/** One report, through the batch kit (lock, idempotence, change feed); a report for the same date replaces it. */
export async function reportWaiting(
  em: EntityManager, args: { region: string; date: string; count: number; source: string | null; principal: Principal },
): Promise<WaitingReportRow> {
  const report = { date: args.date, count: args.count, source: args.source?.trim() || null };
  const result = await runBatch<Snapshot, Snapshot & { index: number }, Snapshot, Snapshot>(em, {
    noun: 'reports', inputs: [report], maxRows: 1, dryRun: false, principal: args.principal, lockKeys: [`region:${args.region}`],
    check: (inputs) => checkEach(inputs, (input, index, fail) => {
      if (!Number.isInteger(input.count) || input.count < 0) fail('count', 'COUNT_NEGATIVE', `count ${input.count} is not a whole number of 0 or more`);
      return { index, ...input };
    }),
    load: (tx) => tx.execute(
      'select date::text as date, count, source from waiting_report where region_code = ? and date = ?', [args.region, args.date]),
    keyOfRow: (row) => row.date,
    keyOfStored: (stored) => stored.date,
    wanted: ({ date, count, source }) => ({ date, count, source }),
    snapshot: (stored) => stored,
    write: async (tx) => { await tx.execute(
      `insert into waiting_report (region_code, date, count, source, reported_by) values (?, ?, ?, ?, ?)
       on conflict (region_code, date) do update set count = excluded.count, source = excluded.source, reported_by = excluded.reported_by`,
      [args.region, report.date, report.count, report.source, args.principal.subject],
    ); },
    feed: (creates, updates) => [
      ...creates.map((after) => ({ entity: 'WaitingReport', entityKey: `${args.region}/${after.date}`, regionCode: args.region, operation: 'CREATE' as const, before: null, after })),
      ...updates.map((u) => ({ entity: 'WaitingReport', entityKey: `${args.region}/${u.after.date}`, regionCode: args.region, operation: 'UPDATE' as const, before: u.before, after: u.after })),
    ],
  });
  if (result.errors.length) throw badInput(result.errors.map((e) => e.message).join('; '));
  return { regionCode: args.region, ...report };
}
