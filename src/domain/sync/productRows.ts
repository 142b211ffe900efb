/**
 * Checks a batch of local products row by row: every bad field is reported with its row index, field and a
 * stable code. Every row comes back normalised, also a bad one, so syncProducts can check in the same pass
 * what needs the database (unknown shared categories, overlaps with stored versions).
 */
import { productCategories } from '../../reference/codelists.js';
import { isUnit } from '../../reference/units.js';
import type { ProductFields } from '../categorisation/rows.js';
import { categoryCode, isDate, productCategory as normalisedCategory, productCode as normalisedCode } from '../codes.js';
import type { RowError } from './result.js';

export const RELATIONSHIPS = ['EQUIVALENT', 'SOURCE_IS_NARROWER', 'SOURCE_IS_BROADER', 'RELATED'];
export const MAX_TARIFF_CENTS = 99_999_999;

export interface ProductInput {
  productCategory: string;
  productCode: string;
  name: string;
  unit: string;
  tariffCents?: number | null;
  validFrom: string;
  validTo?: string | null;
  mappings?: { category: string; relationship?: string | null }[] | null;
}

/** A row with its codes normalised and absent values made null (written only when no row has errors). */
export interface ProductRow extends ProductFields {
  index: number;
  /** In the input's order; null: leave the stored mappings as they are. */
  mappings: { category: string; relationship: string }[] | null;
}

export const productKey = (p: { productCategory: string; productCode: string; validFrom: string }) =>
  `${p.productCategory}/${p.productCode}/${p.validFrom}`;

export function checkProductRows(inputs: ProductInput[]): { rows: ProductRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const rows: ProductRow[] = [];
  const firstIndexOfKey = new Map<string, number>();

  inputs.forEach((input, index) => {
    const fail = (field: string, code: string, message: string) => errors.push({ index, field, code, message });
    const productCategory = normalisedCategory(input.productCategory);
    const productCode = normalisedCode(input.productCode);
    const name = String(input.name ?? '').trim();
    const unit = String(input.unit ?? '').trim().toUpperCase();
    const tariffCents = input.tariffCents ?? null;
    const validTo = input.validTo ?? null;

    if (!productCategories.has(productCategory)) {
      fail('productCategory', 'UNKNOWN_PRODUCT_CATEGORY', `"${productCategory}" is not an iJw product category (JZ020, two digits such as 45)`);
    }
    if (!productCode) fail('productCode', 'PRODUCT_CODE_EMPTY', 'productCode is empty');
    else if (productCode.length > 5) fail('productCode', 'PRODUCT_CODE_TOO_LONG', `productCode "${productCode}" is longer than five characters`);
    else if (!/^[A-Z0-9]+$/.test(productCode)) fail('productCode', 'PRODUCT_CODE_INVALID', `productCode "${productCode}" may hold only letters and digits`);
    if (!name) fail('name', 'NAME_EMPTY', 'name is empty');
    if (!isUnit(unit)) fail('unit', 'UNKNOWN_UNIT', `"${input.unit}" is not an iJw unit (MINUTE, HOUR, ETMAAL, DAYPART, PIECE_OUTPUT, EURO, PIECE_EFFORT)`);
    else if (unit === 'EURO' && tariffCents !== null) fail('tariffCents', 'TARIFF_NOT_ALLOWED', 'a EURO (budget) product carries no tariff');
    else if (unit !== 'EURO' && tariffCents === null) fail('tariffCents', 'TARIFF_MISSING', `a tariff is required for unit ${unit}`);
    if (tariffCents !== null && unit !== 'EURO') {
      if (!Number.isInteger(tariffCents)) fail('tariffCents', 'TARIFF_INVALID', 'tariffCents must be a whole number of cents');
      else if (tariffCents < 0) fail('tariffCents', 'TARIFF_NEGATIVE', `tariffCents ${tariffCents} is negative`);
      else if (tariffCents > MAX_TARIFF_CENTS) fail('tariffCents', 'TARIFF_TOO_HIGH', `tariffCents ${tariffCents} is over ${MAX_TARIFF_CENTS}`);
    }
    if (!isDate(input.validFrom)) fail('validFrom', 'DATE_INVALID', `validFrom "${input.validFrom}" is not a date YYYY-MM-DD`);
    if (validTo !== null && !isDate(validTo)) fail('validTo', 'DATE_INVALID', `validTo "${validTo}" is not a date YYYY-MM-DD`);
    else if (validTo !== null && isDate(input.validFrom) && validTo <= input.validFrom) {
      fail('validTo', 'VALID_TO_NOT_AFTER_VALID_FROM', `validTo ${validTo} is not after validFrom ${input.validFrom}`);
    }

    const mappings = input.mappings ? input.mappings.map((m) => ({ category: categoryCode(m.category), relationship: m.relationship ?? 'EQUIVALENT' })) : null;
    const seen = new Set<string>();
    mappings?.forEach((mapping, i) => {
      if (!RELATIONSHIPS.includes(mapping.relationship)) fail(`mappings[${i}].relationship`, 'UNKNOWN_RELATIONSHIP', `"${mapping.relationship}" is not one of ${RELATIONSHIPS.join(', ')}`);
      if (seen.has(mapping.category)) fail(`mappings[${i}].category`, 'DUPLICATE_MAPPING', `category ${mapping.category} is mapped twice`);
      seen.add(mapping.category);
    });

    const key = productKey({ productCategory, productCode, validFrom: input.validFrom });
    const first = firstIndexOfKey.get(key);
    if (first !== undefined) fail('productCode', 'DUPLICATE_KEY', `the same product (${key}) is also row ${first}`);
    else firstIndexOfKey.set(key, index);

    rows.push({
      index, productCategory, productCode, name, unit, tariffCents, validFrom: input.validFrom, validTo,
      mappings,
    });
  });
  return { rows, errors };
}
