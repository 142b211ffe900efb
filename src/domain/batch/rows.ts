/** Row checking every batch shares: a `fail` bound to each row, and keys seen twice in one batch. */
import type { RowError } from './result.js';

export type Fail = (field: string, code: string, message: string) => void;

/** Runs a row check with a `fail` bound to the row; keeps the row when it raised nothing. */
export function checkEach<Input, Row>(inputs: Input[], checkRow: (input: Input, index: number, fail: Fail) => Row) {
  const errors: RowError[] = [];
  const rows: Row[] = [];
  inputs.forEach((input, index) => {
    const before = errors.length;
    const row = checkRow(input, index, (field, code, message) => errors.push({ index, field, code, message }));
    if (errors.length === before) rows.push(row);
  });
  return { rows, errors };
}

/** Reports a row whose key an earlier row of the batch has (DUPLICATE_KEY on `field`). */
export function duplicateChecker(field: string, describe: (key: string) => string) {
  const firstIndex = new Map<string, number>();
  return (key: string, index: number, fail: Fail) => {
    const first = firstIndex.get(key);
    if (first !== undefined) fail(field, 'DUPLICATE_KEY', `${describe(key)} is also row ${first}`);
    else firstIndex.set(key, index);
  };
}
