/** Checks both kinds of case record share: the source's key, the pseudonym, the municipality and the dates. */
import type { RowError } from '../batch/result.js';
import { isDate, municipalityCode } from '../codes.js';
import { looksLikeBsn } from './pseudonym.js';

export const MAX_EXTERNAL_ID = 64;
export const MAX_CLIENT = 128;

export interface CaseInput { externalId: string; client: string; municipality: string }

/** Reports a row's faults; returns the normalised common fields. */
export function checkCaseFields(input: CaseInput, fail: (field: string, code: string, message: string) => void) {
  const externalId = String(input.externalId ?? '').trim();
  const client = String(input.client ?? '').trim();
  const municipality = municipalityCode(String(input.municipality ?? ''));
  if (!externalId) fail('externalId', 'EXTERNAL_ID_EMPTY', 'externalId is empty');
  else if (externalId.length > MAX_EXTERNAL_ID) fail('externalId', 'EXTERNAL_ID_TOO_LONG', `externalId is longer than ${MAX_EXTERNAL_ID} characters`);
  // The message never repeats the value: it may be a real BSN.
  if (!client) fail('client', 'CLIENT_EMPTY', 'client is empty');
  else if (looksLikeBsn(client)) fail('client', 'CLIENT_IS_BSN', 'client looks like a citizen service number (BSN); send a pseudonym (npm run pseudonymise)');
  else if (client.length > MAX_CLIENT) fail('client', 'CLIENT_TOO_LONG', `client is longer than ${MAX_CLIENT} characters`);
  if (!/^GM\d{4}$/.test(municipality)) fail('municipality', 'MUNICIPALITY_INVALID', `"${input.municipality}" is not a municipality code (GM0363 or 0363)`);
  return { externalId, client, municipality };
}

/** A date field: required or optional, and optionally not before another date of the row. */
export function checkDate(
  value: string | null | undefined, field: string, fail: (field: string, code: string, message: string) => void,
  options: { required?: boolean; notBefore?: { field: string; value: string | null } } = {},
): string | null {
  if (value === null || value === undefined || value === '') {
    if (options.required) fail(field, 'DATE_MISSING', `${field} is required`);
    return null;
  }
  if (!isDate(value)) { fail(field, 'DATE_INVALID', `${field} "${value}" is not a date YYYY-MM-DD`); return null; }
  const before = options.notBefore;
  if (before?.value && value < before.value) fail(field, 'DATE_ORDER', `${field} ${value} is before ${before.field} ${before.value}`);
  return value;
}

/** Reports a key seen earlier in the batch. */
export function duplicateChecker() {
  const firstIndex = new Map<string, number>();
  return (key: string, index: number, fail: (field: string, code: string, message: string) => void) => {
    const first = firstIndex.get(key);
    if (first !== undefined) fail('externalId', 'DUPLICATE_KEY', `externalId ${key} is also row ${first}`);
    else firstIndex.set(key, index);
  };
}

/** Runs a row check with a `fail` bound to the row; keeps the row when it raised nothing. */
export function checkEach<Input, Row>(inputs: Input[], checkRow: (input: Input, index: number, fail: (field: string, code: string, message: string) => void) => Row) {
  const errors: RowError[] = [];
  const rows: Row[] = [];
  inputs.forEach((input, index) => {
    const before = errors.length;
    const row = checkRow(input, index, (field, code, message) => errors.push({ index, field, code, message }));
    if (errors.length === before) rows.push(row);
  });
  return { rows, errors };
}
