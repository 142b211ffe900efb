/**
 * syncContracts: upserts a region's contracts with GIs and providers by (counterparty, validFrom), with the
 * same all-or-nothing rules, idempotence, dry run and change feed as syncLocalProducts.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import { recordChanges, type ChangeInput } from '../changes/record.js';
import { badInput } from '../errors.js';
import { overlapErrors } from '../sync/overlaps.js';
import { rejected, rowsValidIn, sortErrors, type RowError, type SyncResult } from '../sync/result.js';
import { chunks, writeBatch } from '../sync/writeBatch.js';
import { checkContractRows, contractKey, type ContractInput, type ContractRowIn } from './contractRows.js';
import { CONTRACT_COLUMNS, type ContractRow } from './read.js';

type Stored = ContractRow & { counterparty: string };
type Snapshot = Omit<ContractRowIn, 'index'>;

const snapshotOf = (c: Stored): Snapshot => ({
  counterparty: c.counterparty, institution: c.institutionCode, provider: c.providerCode, validFrom: c.validFrom, validTo: c.validTo,
  procurementModel: c.procurementModel!, financingForm: c.financingForm!, indexationPercent: c.indexationPercent,
  riskSurchargePercent: c.riskSurchargePercent, products: c.products,
});

async function checkAgainstStore(em: EntityManager, region: string, rows: ContractRowIn[], rowErrors: RowError[], stored: Stored[]): Promise<RowError[]> {
  const [known] = await em.execute<{ institutions: string[]; providers: string[]; products: string[] }[]>(
    `select (select coalesce(array_agg(code), '{}') from certified_institution) as institutions,
            (select coalesce(array_agg(code), '{}') from provider) as providers,
            (select coalesce(array_agg(distinct product_category || '/' || product_code), '{}') from local_product where region_code = ?) as products`,
    [region],
  );
  const sets = { institutions: new Set(known.institutions), providers: new Set(known.providers), products: new Set(known.products) };
  const errors: RowError[] = [];
  for (const row of rows) {
    if (row.institution && !sets.institutions.has(row.institution)) errors.push({ index: row.index, field: 'institution', code: 'UNKNOWN_INSTITUTION', message: `${row.institution} is not a known GI` });
    if (row.provider && !sets.providers.has(row.provider)) errors.push({ index: row.index, field: 'provider', code: 'UNKNOWN_PROVIDER', message: `${row.provider} is not a known provider` });
    row.products.forEach((product, i) => {
      if (!sets.products.has(product)) errors.push({ index: row.index, field: `products[${i}]`, code: 'UNKNOWN_PRODUCT', message: `region ${region} has no product ${product}` });
    });
  }
  const period = (c: { counterparty: string; validFrom: string; validTo: string | null }) => ({ key: c.counterparty, validFrom: c.validFrom, validTo: c.validTo });
  const datable = rowsValidIn(rows, rowErrors, ['institution', 'provider', 'validFrom', 'validTo']);
  errors.push(...overlapErrors(stored.map(period), datable.map((row) => ({ ...period(row), index: row.index }))));
  return errors;
}

export async function syncContracts(
  em: EntityManager,
  args: { region: string; contracts: ContractInput[]; dryRun: boolean; principal: Principal; maxRows: number },
): Promise<SyncResult> {
  if (args.contracts.length > args.maxRows) throw badInput(`A batch may hold at most ${args.maxRows} contracts; this one has ${args.contracts.length}.`);
  const checked = checkContractRows(args.contracts);

  return writeBatch(em, [`region:${args.region}`], async (tx) => {
    const stored = await tx.execute<Stored[]>(`select ${CONTRACT_COLUMNS}, c.counterparty from contract c where c.region_code = ?`, [args.region]);
    const errors = [...checked.errors, ...await checkAgainstStore(tx, args.region, checked.rows, checked.errors, stored)];
    if (errors.length) return rejected(sortErrors(errors));

    const byKey = new Map(stored.map((c) => [contractKey(c), c]));
    const creates: Snapshot[] = [];
    const updates: { id: number; before: Snapshot; after: Snapshot }[] = [];
    for (const { index: _index, products, ...contract } of checked.rows) {
      const wanted: Snapshot = { ...contract, products: [...new Set(products)].sort() };
      const current = byKey.get(contractKey(wanted));
      if (!current) creates.push(wanted);
      else if (!isDeepStrictEqual(snapshotOf(current), wanted)) updates.push({ id: current.id, before: snapshotOf(current), after: wanted });
    }
    const result = { applied: !args.dryRun, created: creates.length, updated: updates.length, unchanged: checked.rows.length - creates.length - updates.length, errors: [] };
    if (args.dryRun || (!creates.length && !updates.length)) return result;

    const RECORD = `v(id int, counterparty text, institution text, provider text, "validFrom" date, "validTo" date, "procurementModel" text,
      "financingForm" text, "indexationPercent" numeric, "riskSurchargePercent" numeric, products text[])`;
    for (const chunk of chunks(creates)) {
      await tx.execute(
        `insert into contract (region_code, counterparty, institution_code, provider_code, valid_from, valid_to, procurement_model,
                               financing_form, indexation_percent, risk_surcharge_percent, products)
         select ?, v.counterparty, v.institution, v.provider, v."validFrom", v."validTo", v."procurementModel", v."financingForm",
                v."indexationPercent", v."riskSurchargePercent", v.products
           from jsonb_to_recordset(?::jsonb) as ${RECORD}`,
        [args.region, JSON.stringify(chunk)],
      );
    }
    for (const chunk of chunks(updates)) {
      await tx.execute(
        `update contract c set valid_to = v."validTo", procurement_model = v."procurementModel", financing_form = v."financingForm",
                indexation_percent = v."indexationPercent", risk_surcharge_percent = v."riskSurchargePercent", products = v.products
           from jsonb_to_recordset(?::jsonb) as ${RECORD} where c.id = v.id`,
        [JSON.stringify(chunk.map((u) => ({ id: u.id, ...u.after })))],
      );
    }
    const key = (c: Snapshot) => `${args.region}/${contractKey(c)}`;
    await recordChanges(tx, randomUUID(), args.principal.subject, [
      ...creates.map((c): ChangeInput => ({ entity: 'Contract', entityKey: key(c), regionCode: args.region, operation: 'CREATE', before: null, after: c })),
      ...updates.map((u): ChangeInput => ({ entity: 'Contract', entityKey: key(u.after), regionCode: args.region, operation: 'UPDATE', before: u.before, after: u.after })),
    ]);
    return result;
  });
}
