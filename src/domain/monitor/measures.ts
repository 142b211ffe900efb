/**
 * recordMeasures: a GI's court measures, upserted by the GI's own externalId, all or nothing. Each measure is
 * filed under the region its municipality belonged to on the start date. The change feed learns only that a
 * batch was written, by whom, with counts: never a case record.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import type { RowError, SyncResult } from '../batch/result.js';
import { checkEach } from '../batch/rows.js';
import { textArray } from '../sql.js';
import { runCaseBatch } from './caseBatch.js';
import { caseFieldsChecker, checkDate, type CaseInput } from './caseRows.js';

export const MEASURE_TYPES = ['OTS', 'VOORLOPIGE_OTS', 'VOOGDIJ', 'VOORLOPIGE_VOOGDIJ', 'TIJDELIJKE_VOOGDIJ', 'JEUGDRECLASSERING'] as const;

export interface MeasureInput extends CaseInput { type: string; start: string; end?: string | null }

interface Snapshot { externalId: string; client: string; municipality: string; region: string; type: string; start: string; end: string | null }
type MeasureRow = Snapshot & { index: number };

export function checkMeasureRows(inputs: MeasureInput[]) {
  const checkCase = caseFieldsChecker();
  return checkEach(inputs, (input, index, fail): MeasureRow => {
    const common = checkCase(input, index, fail);
    const type = String(input.type ?? '').trim().toUpperCase();
    if (!(MEASURE_TYPES as readonly string[]).includes(type)) fail('type', 'UNKNOWN_MEASURE_TYPE', `"${input.type}" is not one of ${MEASURE_TYPES.join(', ')}`);
    const start = checkDate(input.start, 'start', fail, { required: true });
    const end = checkDate(input.end, 'end', fail, { notBefore: { field: 'start', value: start } });
    return { index, ...common, type, start: start!, end, region: '' };
  });
}

/** Fills each row's region: the one its municipality belonged to on the start date. */
async function fileUnderRegions(tx: EntityManager, rows: MeasureRow[]): Promise<RowError[]> {
  const found = await tx.execute<{ index: number; region: string | null; exists: boolean }[]>(
    `select v.index, rm.region_code as region, exists (select 1 from municipality m where m.code = v.municipality) as exists
       from jsonb_to_recordset(?::jsonb) as v(index int, municipality text, start date)
       left join region_membership rm on rm.municipality_code = v.municipality and daterange(rm.valid_from, rm.valid_to) @> v.start`,
    [JSON.stringify(rows.map(({ index, municipality, start }) => ({ index, municipality, start })))],
  );
  const byIndex = new Map(found.map((f) => [f.index, f]));
  const errors: RowError[] = [];
  for (const row of rows) {
    const match = byIndex.get(row.index)!;
    if (!match.exists) errors.push({ index: row.index, field: 'municipality', code: 'UNKNOWN_MUNICIPALITY', message: `${row.municipality} is not a known municipality` });
    else if (!match.region) errors.push({ index: row.index, field: 'municipality', code: 'NO_REGION_ON_DATE', message: `${row.municipality} belonged to no youth-care region on ${row.start} (merged away, or not yet existing)` });
    else row.region = match.region;
  }
  return errors;
}

export function recordMeasures(
  em: EntityManager,
  args: { institution: string; measures: MeasureInput[]; dryRun: boolean; principal: Principal; maxRows: number },
): Promise<SyncResult> {
  return runCaseBatch<MeasureInput, Snapshot>(em, {
    kind: 'MeasureBatch', owner: args.institution, lockKey: `institution:${args.institution}`, region: null, noun: 'measures',
    inputs: args.measures, dryRun: args.dryRun, principal: args.principal, maxRows: args.maxRows,
    check: checkMeasureRows,
    load: (tx, externalIds) => tx.execute<Snapshot[]>(
      `select external_id as "externalId", client, municipality_code as municipality, region_code as region, type,
              start_date::text as start, end_date::text as "end"
         from measure where institution_code = ? and external_id = any(${textArray})`,
      [args.institution, externalIds],
    ),
    resolve: fileUnderRegions,
    upsert: (tx, chunk) => tx.execute(
      `insert into measure (institution_code, external_id, client, municipality_code, region_code, type, start_date, end_date)
       select ?, v."externalId", v.client, v.municipality, v.region, v.type, v.start, v."end"
         from jsonb_to_recordset(?::jsonb) as v("externalId" text, client text, municipality text, region text, type text, start date, "end" date)
       on conflict (institution_code, external_id) do update set client = excluded.client, municipality_code = excluded.municipality_code,
          region_code = excluded.region_code, type = excluded.type, start_date = excluded.start_date, end_date = excluded.end_date`,
      [args.institution, JSON.stringify(chunk)],
    ),
  });
}
