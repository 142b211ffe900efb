/**
 * recordYouthHelp: a region's youth-help allocations, upserted by the region's own externalId, all or nothing.
 * The local product code is resolved to the region's product valid on the help's start (or, not yet started,
 * on its request date); the monitor reads the shared categories through that product's mappings.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import type { RowError, SyncResult } from '../batch/result.js';
import { checkEach } from '../batch/rows.js';
import { productCode as normaliseProductCode } from '../codes.js';
import { textArray } from '../sql.js';
import { runCaseBatch } from './caseBatch.js';
import { caseFieldsChecker, checkDate, type CaseInput } from './caseRows.js';

export interface YouthHelpInput extends CaseInput {
  productCategory: string;
  productCode: string;
  requested: string;
  start?: string | null;
  end?: string | null;
}

interface Snapshot {
  externalId: string; client: string; municipality: string; productCategory: string; productCode: string;
  productId: number; requested: string; start: string | null; end: string | null;
}
type Row = Snapshot & { index: number };

export function checkYouthHelpRows(inputs: YouthHelpInput[]) {
  const checkCase = caseFieldsChecker();
  return checkEach(inputs, (input, index, fail): Row => {
    const common = checkCase(input, index, fail);
    const productCategory = String(input.productCategory ?? '').trim();
    const productCode = normaliseProductCode(String(input.productCode ?? ''));
    if (!/^\d{2}$/.test(productCategory)) fail('productCategory', 'PRODUCT_CATEGORY_INVALID', `productCategory "${input.productCategory}" is not two digits`);
    if (!/^[A-Z0-9]{1,5}$/.test(productCode)) fail('productCode', 'PRODUCT_CODE_INVALID', `productCode "${input.productCode}" is not one to five letters or digits`);
    const requested = checkDate(input.requested, 'requested', fail, { required: true });
    const start = checkDate(input.start, 'start', fail, { notBefore: { field: 'requested', value: requested } });
    const end = checkDate(input.end, 'end', fail, { notBefore: { field: 'start', value: start } });
    if (end && !input.start) fail('end', 'END_WITHOUT_START', 'end is given but start is not');
    return { index, ...common, productCategory, productCode, productId: 0, requested: requested!, start, end };
  });
}

/** Fills each row's product: the region's product valid on the start, or on the request date while not started. */
async function resolveProducts(tx: EntityManager, region: string, rows: Row[]): Promise<RowError[]> {
  const found = await tx.execute<{ index: number; productId: number | null; municipalityKnown: boolean }[]>(
    `select v.index, lp.id as "productId", exists (select 1 from municipality m where m.code = v.municipality) as "municipalityKnown"
       from jsonb_to_recordset(?::jsonb) as v(index int, municipality text, "productCategory" text, "productCode" text, "on" date)
       left join local_product lp on lp.region_code = ? and lp.product_category = v."productCategory" and lp.product_code = v."productCode"
                                 and daterange(lp.valid_from, lp.valid_to) @> v."on"`,
    [JSON.stringify(rows.map((r) => ({ index: r.index, municipality: r.municipality, productCategory: r.productCategory, productCode: r.productCode, on: r.start ?? r.requested }))), region],
  );
  const byIndex = new Map(found.map((f) => [f.index, f]));
  const errors: RowError[] = [];
  for (const row of rows) {
    const match = byIndex.get(row.index)!;
    if (!match.municipalityKnown) errors.push({ index: row.index, field: 'municipality', code: 'UNKNOWN_MUNICIPALITY', message: `${row.municipality} is not a known municipality` });
    if (match.productId === null) {
      errors.push({
        index: row.index, field: 'productCode', code: 'UNKNOWN_PRODUCT',
        message: `region ${region} has no product ${row.productCategory}/${row.productCode} valid on ${row.start ?? row.requested}`,
      });
    } else row.productId = match.productId;
  }
  return errors;
}

export function recordYouthHelp(
  em: EntityManager,
  args: { region: string; items: YouthHelpInput[]; dryRun: boolean; principal: Principal; maxRows: number },
): Promise<SyncResult> {
  return runCaseBatch<YouthHelpInput, Snapshot>(em, {
    kind: 'YouthHelpBatch', owner: args.region, lockKey: `region:${args.region}`, region: args.region, noun: 'youth-help items',
    inputs: args.items, dryRun: args.dryRun, principal: args.principal, maxRows: args.maxRows,
    check: checkYouthHelpRows,
    load: (tx, externalIds) => tx.execute<Snapshot[]>(
      `select external_id as "externalId", client, municipality_code as municipality, product_category as "productCategory",
              product_code as "productCode", product_id as "productId", requested::text as requested,
              start_date::text as start, end_date::text as "end"
         from youth_help where region_code = ? and external_id = any(${textArray})`,
      [args.region, externalIds],
    ),
    resolve: (tx, rows) => resolveProducts(tx, args.region, rows),
    upsert: (tx, chunk) => tx.execute(
      `insert into youth_help (region_code, external_id, client, municipality_code, product_category, product_code, product_id, requested, start_date, end_date)
       select ?, v."externalId", v.client, v.municipality, v."productCategory", v."productCode", v."productId", v.requested, v.start, v."end"
         from jsonb_to_recordset(?::jsonb) as v("externalId" text, client text, municipality text, "productCategory" text,
              "productCode" text, "productId" int, requested date, start date, "end" date)
       on conflict (region_code, external_id) do update set client = excluded.client, municipality_code = excluded.municipality_code,
          product_category = excluded.product_category, product_code = excluded.product_code, product_id = excluded.product_id,
          requested = excluded.requested, start_date = excluded.start_date, end_date = excluded.end_date`,
      [args.region, JSON.stringify(chunk)],
    ),
  });
}
