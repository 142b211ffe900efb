/** Reading contracts back: per region on a date, and per GI over all periods. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OnKey } from '../reference/rows.js';
import { onKey } from '../reference/rows.js';
import { byKey, dateArray, groupBy, textArray, validOn } from '../sql.js';

export interface ContractRow {
  id: number;
  regionCode: string;
  institutionCode: string | null;
  providerCode: string | null;
  validFrom: string;
  validTo: string | null;
  procurementModel: string | null;
  financingForm: string | null;
  indexationPercent: number | null;
  riskSurchargePercent: number | null;
  /** `45/45A01`: product category / product code. */
  products: string[];
}

/** Selects a contract aliased `c` as a ContractRow. */
export const CONTRACT_COLUMNS = `c.id, c.region_code as "regionCode", c.institution_code as "institutionCode",
  c.provider_code as "providerCode", c.valid_from::text as "validFrom", c.valid_to::text as "validTo",
  c.procurement_model as "procurementModel", c.financing_form as "financingForm",
  c.indexation_percent::float8 as "indexationPercent", c.risk_surcharge_percent::float8 as "riskSurchargePercent", c.products`;

export async function contractsOfRegions(em: EntityManager, keys: readonly OnKey[]): Promise<ContractRow[][]> {
  const rows = await em.execute<(ContractRow & { key: string })[]>(
    `select k.region || '|' || k.on_date::text as key, ${CONTRACT_COLUMNS}
       from unnest(${textArray}, ${dateArray}) as k(region, on_date)
       join contract c on c.region_code = k.region and ${validOn('c', 'k.on_date')}
      order by c.counterparty, c.valid_from`,
    [keys.map((k) => k.code), keys.map((k) => k.on)],
  );
  return groupBy(keys.map(onKey), rows, (row) => row.key);
}

export async function contractsOfInstitutions(em: EntityManager, codes: readonly string[]): Promise<ContractRow[][]> {
  const rows = await em.execute<ContractRow[]>(
    `select ${CONTRACT_COLUMNS} from contract c where c.institution_code = any(${textArray}) order by c.region_code, c.valid_from`,
    [codes],
  );
  return groupBy(codes, rows, (row) => row.institutionCode!);
}

export async function contractsById(em: EntityManager, ids: readonly number[]): Promise<(ContractRow | null)[]> {
  const rows = await em.execute<ContractRow[]>(`select ${CONTRACT_COLUMNS} from contract c where c.id = any(array[?]::int[])`, [ids]);
  return byKey(ids.map(String), rows, (row) => String(row.id));
}
