/** Checks a batch of contracts row by row; every row comes back normalised for the database checks of syncContracts. */
import { institutionCode, isDate, productCategory, productCode, providerCode } from '../codes.js';
import type { RowError } from '../sync/result.js';

export const PROCUREMENT_MODELS = ['SUBSIDY', 'OPEN_HOUSE', 'ADMINISTRATIVE_PROCUREMENT', 'TENDER'];
export const FINANCING_FORMS = ['PER_PRODUCT', 'LUMPSUM', 'MONTHLY_RATE', 'HOURLY_RATE'];

export interface ContractInput {
  institution?: string | null;
  provider?: string | null;
  validFrom: string;
  validTo?: string | null;
  procurementModel: string;
  financingForm: string;
  indexationPercent?: number | null;
  riskSurchargePercent?: number | null;
  products?: { productCategory: string; productCode: string }[] | null;
}

export interface ContractRowIn {
  index: number;
  counterparty: string;
  institution: string | null;
  provider: string | null;
  validFrom: string;
  validTo: string | null;
  procurementModel: string;
  financingForm: string;
  indexationPercent: number | null;
  riskSurchargePercent: number | null;
  /** `category/code`, in the input's order. */
  products: string[];
}

export const contractKey = (c: { counterparty: string; validFrom: string }) => `${c.counterparty}/${c.validFrom}`;

export function checkContractRows(inputs: ContractInput[]): { rows: ContractRowIn[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const rows: ContractRowIn[] = [];
  const firstIndexOfKey = new Map<string, number>();
  inputs.forEach((input, index) => {
    const fail = (field: string, code: string, message: string) => errors.push({ index, field, code, message });
    const institution = (input.institution && institutionCode(input.institution)) || null;
    const provider = (input.provider && providerCode(input.provider)) || null;
    const validTo = input.validTo ?? null;
    if ((institution === null) === (provider === null)) {
      fail('institution', 'COUNTERPARTY_MISSING', 'give exactly one of institution (a GI) and provider');
    }
    if (!isDate(input.validFrom)) fail('validFrom', 'DATE_INVALID', `validFrom "${input.validFrom}" is not a date YYYY-MM-DD`);
    if (validTo !== null && !isDate(validTo)) fail('validTo', 'DATE_INVALID', `validTo "${validTo}" is not a date YYYY-MM-DD`);
    else if (validTo !== null && validTo <= input.validFrom) fail('validTo', 'VALID_TO_NOT_AFTER_VALID_FROM', `validTo ${validTo} is not after validFrom ${input.validFrom}`);
    if (!PROCUREMENT_MODELS.includes(input.procurementModel)) fail('procurementModel', 'UNKNOWN_PROCUREMENT_MODEL', `"${input.procurementModel}" is not one of ${PROCUREMENT_MODELS.join(', ')}`);
    if (!FINANCING_FORMS.includes(input.financingForm)) fail('financingForm', 'UNKNOWN_FINANCING_FORM', `"${input.financingForm}" is not one of ${FINANCING_FORMS.join(', ')}`);
    for (const field of ['indexationPercent', 'riskSurchargePercent'] as const) {
      const value = input[field];
      if (value !== null && value !== undefined && !(value >= 0 && value <= 100)) fail(field, 'PERCENT_OUT_OF_RANGE', `${field} ${value} is not between 0 and 100`);
    }
    const products = (input.products ?? []).map((p) => `${productCategory(p.productCategory)}/${productCode(p.productCode)}`);
    const counterparty = institution ? `GI:${institution}` : `PROVIDER:${provider}`;
    const key = contractKey({ counterparty, validFrom: input.validFrom });
    const first = firstIndexOfKey.get(key);
    if (first !== undefined) fail('validFrom', 'DUPLICATE_KEY', `the same contract (${key}) is also row ${first}`);
    else firstIndexOfKey.set(key, index);
    rows.push({
      index, counterparty, institution, provider, validFrom: input.validFrom, validTo,
      procurementModel: input.procurementModel, financingForm: input.financingForm,
      indexationPercent: input.indexationPercent ?? null, riskSurchargePercent: input.riskSurchargePercent ?? null, products,
    });
  });
  return { rows, errors };
}
