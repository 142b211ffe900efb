/**
 * syncProviders: providers with the shared categories and regions they serve, upserted by code, all or nothing
 * (the batch kit). `categories` and `regions` replace what was stored. Contracts can then name these providers.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import type { RowError, SyncResult } from '../batch/result.js';
import { runBatch } from '../batch/run.js';
import { chunks } from '../batch/transaction.js';
import type { ChangeInput } from '../changes/record.js';
import { categoryCode, providerCode, regionCode } from '../codes.js';
import { checkEach, duplicateChecker } from '../batch/rows.js';
import { textArray } from '../sql.js';

export interface ProviderInput { code: string; name: string; agbCode?: string | null; categories: string[]; regions: string[] }

interface Snapshot { code: string; name: string; agbCode: string | null; categories: string[]; regions: string[] }
type Row = Snapshot & { index: number };

const sortedUnique = (values: string[]) => [...new Set(values)].sort();

export function checkProviderRows(inputs: ProviderInput[]) {
  const duplicate = duplicateChecker('code', (code) => `provider ${code}`);
  return checkEach(inputs, (input, index, fail): Row => {
    const code = providerCode(String(input.code ?? ''));
    const name = String(input.name ?? '').trim();
    const agbCode = input.agbCode?.trim() || null;
    if (!/^[A-Z0-9-]{1,16}$/.test(code)) fail('code', 'PROVIDER_CODE_INVALID', `code "${input.code}" is not 1 to 16 letters, digits or dashes`);
    if (!name) fail('name', 'NAME_EMPTY', 'name is empty');
    if (agbCode !== null && !/^\d{8}$/.test(agbCode)) fail('agbCode', 'AGB_CODE_INVALID', `agbCode "${agbCode}" is not eight digits`);
    duplicate(code, index, fail);
    return {
      index, code, name, agbCode,
      categories: sortedUnique((input.categories ?? []).map((c) => categoryCode(String(c)))),
      regions: sortedUnique((input.regions ?? []).map((r) => regionCode(String(r)))),
    };
  });
}

/** Unknown categories and regions, and an AGB code another provider holds. */
async function checkAgainstStore(tx: EntityManager, rows: Row[]): Promise<RowError[]> {
  const [known] = await tx.execute<{ categories: string[]; regions: string[]; agb: { code: string; agbCode: string }[] }[]>(
    `select (select coalesce(array_agg(code), '{}') from category) as categories, (select coalesce(array_agg(code), '{}') from region) as regions,
            (select coalesce(json_agg(json_build_object('code', code, 'agbCode', agb_code)), '[]') from provider where agb_code = any(${textArray})) as agb`,
    [rows.map((r) => r.agbCode).filter((a): a is string => a !== null)],
  );
  const categories = new Set(known.categories);
  const regions = new Set(known.regions);
  const errors: RowError[] = [];
  for (const row of rows) {
    row.categories.forEach((c) => { if (!categories.has(c)) errors.push({ index: row.index, field: 'categories', code: 'UNKNOWN_CATEGORY', message: `${c} is not a shared category` }); });
    row.regions.forEach((r) => { if (!regions.has(r)) errors.push({ index: row.index, field: 'regions', code: 'UNKNOWN_REGION', message: `${r} is not a youth-care region` }); });
    const holder = known.agb.find((a) => a.agbCode === row.agbCode && a.code !== row.code)
      ?? rows.find((other) => other.index < row.index && other.agbCode !== null && other.agbCode === row.agbCode);
    if (holder) errors.push({ index: row.index, field: 'agbCode', code: 'AGB_CODE_TAKEN', message: `agbCode ${row.agbCode} belongs to provider ${holder.code}` });
  }
  return errors;
}

export function syncProviders(
  em: EntityManager, args: { providers: ProviderInput[]; dryRun: boolean; principal: Principal; maxRows: number },
): Promise<SyncResult> {
  return runBatch<ProviderInput, Row, Snapshot, Snapshot>(em, {
    noun: 'providers', inputs: args.providers, maxRows: args.maxRows, dryRun: args.dryRun, principal: args.principal,
    lockKeys: args.providers.map((p) => `provider:${providerCode(String(p.code))}`),
    check: checkProviderRows,
    load: (tx, rows) => tx.execute<Snapshot[]>(
      `select p.code, p.name, p.agb_code as "agbCode",
              array(select category_code::text from provider_category pc where pc.provider_code = p.code order by 1) as categories,
              array(select region_code::text from provider_region pr where pr.provider_code = p.code order by 1) as regions
         from provider p where p.code = any(${textArray})`,
      [rows.map((r) => r.code)],
    ),
    resolve: (tx, rows) => checkAgainstStore(tx, rows),
    keyOfRow: (row) => row.code,
    keyOfStored: (stored) => stored.code,
    wanted: ({ index: _index, ...fields }) => fields,
    snapshot: (stored) => stored,
    write: async (tx, creates, updates) => {
      for (const chunk of chunks([...creates, ...updates.map((u) => u.after)])) {
        const json = JSON.stringify(chunk);
        await tx.execute(
          `insert into provider (code, name, agb_code) select v.code, v.name, v."agbCode" from jsonb_to_recordset(?::jsonb) as v(code text, name text, "agbCode" text)
           on conflict (code) do update set name = excluded.name, agb_code = excluded.agb_code`, [json]);
        await tx.execute('delete from provider_category where provider_code = any(array[?]::text[])', [chunk.map((p) => p.code)]);
        await tx.execute('delete from provider_region where provider_code = any(array[?]::text[])', [chunk.map((p) => p.code)]);
        await tx.execute(
          `insert into provider_category (provider_code, category_code)
           select v.code, unnest(v.categories) from jsonb_to_recordset(?::jsonb) as v(code text, categories text[])`, [json]);
        await tx.execute(
          `insert into provider_region (provider_code, region_code)
           select v.code, unnest(v.regions) from jsonb_to_recordset(?::jsonb) as v(code text, regions text[])`, [json]);
      }
    },
    feed: (creates, updates) => [
      ...creates.map((after): ChangeInput => ({ entity: 'Provider', entityKey: after.code, regionCode: null, operation: 'CREATE', before: null, after })),
      ...updates.map((u): ChangeInput => ({ entity: 'Provider', entityKey: u.after.code, regionCode: null, operation: 'UPDATE', before: u.before, after: u.after })),
    ],
  });
}
