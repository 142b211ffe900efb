/**
 * reportAvailability: a provider's free places, waiting count and expected wait per shared category and region,
 * dated today (a second report on one day replaces the first; earlier days stay). All or nothing (the batch kit).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import type { RowError, SyncResult } from '../batch/result.js';
import { runBatch } from '../batch/run.js';
import type { ChangeInput } from '../changes/record.js';
import { categoryCode, regionCode } from '../codes.js';
import { checkEach, duplicateChecker } from '../batch/rows.js';
import { today } from '../sql.js';

export interface AvailabilityInput { category: string; region: string; freePlaces: number; waitingCount: number; expectedWaitDays?: number | null }

interface Snapshot { category: string; region: string; reportedOn: string; freePlaces: number; waitingCount: number; expectedWaitDays: number | null }
type Row = Snapshot & { index: number };

const key = (r: { category: string; region: string }) => `${r.category}/${r.region}`;

export function checkAvailabilityRows(inputs: AvailabilityInput[], reportedOn: string) {
  const duplicate = duplicateChecker('category', (k) => `category ${k.replace('/', ' in ')}`);
  return checkEach(inputs, (input, index, fail): Row => {
    const row = {
      index, reportedOn, category: categoryCode(String(input.category ?? '')), region: regionCode(String(input.region ?? '')),
      freePlaces: input.freePlaces, waitingCount: input.waitingCount, expectedWaitDays: input.expectedWaitDays ?? null,
    };
    for (const field of ['freePlaces', 'waitingCount', 'expectedWaitDays'] as const) {
      const value = row[field];
      if (value !== null && (!Number.isInteger(value) || value < 0)) fail(field, 'COUNT_NEGATIVE', `${field} ${value} is not a whole number of 0 or more`);
    }
    duplicate(key(row), index, fail);
    return row;
  });
}

/** A provider reports only what it serves (syncProviders): its categories (or one beneath them) in its regions. */
async function checkServed(tx: EntityManager, provider: string, rows: Row[]): Promise<RowError[]> {
  const [served] = await tx.execute<{ categories: string[]; regions: string[] }[]>(
    `select array(select c.code::text from category c join provider_category pc on pc.category_code in (c.code, c.parent_code) where pc.provider_code = ?) as categories,
            array(select region_code::text from provider_region where provider_code = ?) as regions`,
    [provider, provider],
  );
  const categories = new Set(served.categories);
  const regions = new Set(served.regions);
  const errors: RowError[] = [];
  for (const row of rows) {
    if (!categories.has(row.category)) errors.push({ index: row.index, field: 'category', code: 'CATEGORY_NOT_SERVED', message: `provider ${provider} does not offer ${row.category}` });
    if (!regions.has(row.region)) errors.push({ index: row.index, field: 'region', code: 'REGION_NOT_SERVED', message: `provider ${provider} does not serve ${row.region}` });
  }
  return errors;
}

export function reportAvailability(
  em: EntityManager, args: { provider: string; items: AvailabilityInput[]; principal: Principal; maxRows: number },
): Promise<SyncResult> {
  const reportedOn = today();
  return runBatch<AvailabilityInput, Row, Snapshot, Snapshot>(em, {
    noun: 'items', inputs: args.items, maxRows: args.maxRows, dryRun: false, principal: args.principal, lockKeys: [`provider:${args.provider}`],
    check: (inputs) => checkAvailabilityRows(inputs, reportedOn),
    load: (tx) => tx.execute<Snapshot[]>(
      `select category_code as category, region_code as region, reported_on::text as "reportedOn", free_places as "freePlaces",
              waiting_count as "waitingCount", expected_wait_days as "expectedWaitDays"
         from availability_report where provider_code = ? and reported_on = ?`, [args.provider, reportedOn]),
    resolve: (tx, rows) => checkServed(tx, args.provider, rows),
    keyOfRow: key,
    keyOfStored: key,
    wanted: ({ index: _index, ...fields }) => fields,
    snapshot: (stored) => stored,
    write: async (tx, creates, updates) => {
      await tx.execute(
        `insert into availability_report (provider_code, category_code, region_code, reported_on, free_places, waiting_count, expected_wait_days, reported_by)
         select ?, v.category, v.region, v."reportedOn", v."freePlaces", v."waitingCount", v."expectedWaitDays", ?
           from jsonb_to_recordset(?::jsonb) as v(category text, region text, "reportedOn" date, "freePlaces" int, "waitingCount" int, "expectedWaitDays" int)
         on conflict (provider_code, category_code, region_code, reported_on) do update set free_places = excluded.free_places,
            waiting_count = excluded.waiting_count, expected_wait_days = excluded.expected_wait_days, reported_by = excluded.reported_by`,
        [args.provider, args.principal.subject, JSON.stringify([...creates, ...updates.map((u) => u.after)])],
      );
    },
    feed: (creates, updates) => [
      ...creates.map((after): ChangeInput => ({ entity: 'Availability', entityKey: `${args.provider}/${key(after)}/${after.reportedOn}`, regionCode: after.region, operation: 'CREATE', before: null, after })),
      ...updates.map((u): ChangeInput => ({ entity: 'Availability', entityKey: `${args.provider}/${key(u.after)}/${u.after.reportedOn}`, regionCode: u.after.region, operation: 'UPDATE', before: u.before, after: u.after })),
    ],
  });
}
