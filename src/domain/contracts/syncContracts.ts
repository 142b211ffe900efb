/**
 * syncContracts: upserts a region's contracts with GIs and providers by (counterparty, validFrom), with the
 * same all-or-nothing rules, idempotence, dry run and change feed as syncLocalProducts (the batch kit).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import { chunks } from '../batch/chunks.js';
import { changePerRecord } from '../batch/feed.js';
import { periodOverlaps } from '../batch/overlaps.js';
import type { RowError, SyncResult } from '../batch/result.js';
import { runBatch, type Update } from '../batch/run.js';
import { checkContractRows, contractKey, type ContractInput, type ContractRowIn } from './contractRows.js';
import { CONTRACT_COLUMNS, type ContractRow } from './read.js';

type Stored = ContractRow & { counterparty: string };
type Snapshot = Omit<ContractRowIn, 'index'>;

const snapshotOf = (c: Stored): Snapshot => ({
  counterparty: c.counterparty, institution: c.institutionCode, provider: c.providerCode, validFrom: c.validFrom, validTo: c.validTo,
  procurementModel: c.procurementModel!, financingForm: c.financingForm!, indexationPercent: c.indexationPercent,
  riskSurchargePercent: c.riskSurchargePercent, products: c.products,
});

async function checkAgainstStore(em: EntityManager, region: string, rows: ContractRowIn[], stored: Stored[], rowErrors: RowError[]): Promise<RowError[]> {
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
  errors.push(...periodOverlaps(stored, rows, rowErrors, ['institution', 'provider', 'validFrom', 'validTo'], (c) => c.counterparty));
  return errors;
}

export function syncContracts(
  em: EntityManager,
  args: { region: string; contracts: ContractInput[]; dryRun: boolean; principal: Principal; maxRows: number },
): Promise<SyncResult> {
  return runBatch<ContractInput, ContractRowIn, Stored, Snapshot>(em, {
    noun: 'contracts', inputs: args.contracts, maxRows: args.maxRows, dryRun: args.dryRun, principal: args.principal,
    lockKeys: [`region:${args.region}`],
    check: checkContractRows,
    load: (tx) => tx.execute<Stored[]>(`select ${CONTRACT_COLUMNS}, c.counterparty from contract c where c.region_code = ?`, [args.region]),
    resolve: (tx, rows, stored, rowErrors) => checkAgainstStore(tx, args.region, rows, stored, rowErrors),
    keyOfRow: contractKey,
    keyOfStored: contractKey,
    wanted: ({ index: _index, products, ...contract }) => ({ ...contract, products: [...new Set(products)].sort() }),
    snapshot: snapshotOf,
    write: (tx, creates, updates) => writeContracts(tx, args.region, creates, updates),
    feed: changePerRecord('Contract', (c) => `${args.region}/${contractKey(c)}`, () => args.region),
  });
}

const RECORD = `v(id int, counterparty text, institution text, provider text, "validFrom" date, "validTo" date, "procurementModel" text,
  "financingForm" text, "indexationPercent" numeric, "riskSurchargePercent" numeric, products text[])`;

async function writeContracts(tx: EntityManager, region: string, creates: Snapshot[], updates: Update<Snapshot, Stored>[]): Promise<void> {
  for (const chunk of chunks(creates)) {
    await tx.execute(
      `insert into contract (region_code, counterparty, institution_code, provider_code, valid_from, valid_to, procurement_model,
                             financing_form, indexation_percent, risk_surcharge_percent, products)
       select ?, v.counterparty, v.institution, v.provider, v."validFrom", v."validTo", v."procurementModel", v."financingForm",
              v."indexationPercent", v."riskSurchargePercent", v.products
         from jsonb_to_recordset(?::jsonb) as ${RECORD}`,
      [region, JSON.stringify(chunk)],
    );
  }
  for (const chunk of chunks(updates)) {
    await tx.execute(
      `update contract c set valid_to = v."validTo", procurement_model = v."procurementModel", financing_form = v."financingForm",
              indexation_percent = v."indexationPercent", risk_surcharge_percent = v."riskSurchargePercent", products = v.products
         from jsonb_to_recordset(?::jsonb) as ${RECORD} where c.id = v.id`,
      [JSON.stringify(chunk.map((u) => ({ id: u.stored.id, ...u.after })))],
    );
  }
}
