/** Checks both kinds of case record share: the source's key, the pseudonym, the municipality and the dates. */
import { duplicateChecker, type Fail } from '../batch/rows.js';
import { isDate, municipalityCode } from '../codes.js';
import { looksLikeBsn } from './pseudonym.js';

export const MAX_EXTERNAL_ID = 64;
export const MAX_CLIENT = 128;

export interface CaseInput { externalId: string; client: string; municipality: string }

/** A checker for one batch: reports a row's faults (an externalId seen before included); returns the normalised common fields. */
export function caseFieldsChecker() {
  const duplicate = duplicateChecker('externalId', (key) => `externalId ${key}`);
  return (input: CaseInput, index: number, fail: Fail) => {
    const fields = checkCaseFields(input, fail);
    duplicate(fields.externalId, index, fail);
    return fields;
  };
}

function checkCaseFields(input: CaseInput, fail: Fail) {
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
  value: string | null | undefined, field: string, fail: Fail,
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
