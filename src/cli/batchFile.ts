/**
 * What every import reads from a file: the rows, where each is (`line 12`, `item 3`), and what could not be
 * read, per row and field. Rows with such errors are left out of the batch (a GraphQL API would refuse the whole
 * request for one bad date), so the rest is still checked and every other row error reported.
 */
import { readFileSync } from 'node:fs';
import { isDate } from '../domain/codes.js';
import type { RowError } from '../domain/batch/result.js';
import { NestedTooDeep, pathText, unstorableIn } from '../domain/storableText.js';

export interface BatchFile<T> {
  rows: T[];
  /** Where row `index` is in the file, e.g. `line 12`. */
  lineOf: (index: number) => string;
  /** Cells that could not be read, by row index and the input field they fill. */
  errors: RowError[];
}

/** The file cannot be read at all (not JSON, a header without the needed columns, broken quoting). */
export class UnreadableFile extends Error {}

/** A JSON file (a BOM allowed, as Windows editors write one). */
export function readJsonDocument(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UnreadableFile(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A JSON array of input objects, each row `item N`. */
export function readJsonArray<T>(file: string, what: string): BatchFile<T> {
  const rows = readJsonDocument(file);
  if (!Array.isArray(rows)) throw new UnreadableFile(`${file} must hold a JSON array of ${what}`);
  return { rows, errors: [], lineOf: (index) => `item ${index}` };
}

/** `validFrom` (required) and `validTo` (optional) that are not dates that exist, which the API's Date type would refuse whole. */
export function dateErrors(rows: unknown[]): RowError[] {
  return rows.flatMap((row, index) => {
    const values = (row && typeof row === 'object' ? row : {}) as { validFrom?: unknown; validTo?: unknown };
    return (['validFrom', 'validTo'] as const)
      .filter((field) => (field === 'validFrom' || values[field] != null) && !isDate(values[field]))
      .map((field) => ({ index, field, code: 'DATE_INVALID', message: `${field} "${String(values[field] ?? '')}" is not a date (YYYY-MM-DD or d-m-yyyy) that exists` }));
  });
}

/** Rows holding text PostgreSQL cannot store (a NUL, half a character: domain/storableText.ts), which the API would refuse whole. */
export function textErrors(rows: unknown[]): RowError[] {
  return rows.flatMap((row, index): RowError[] => {
    try {
      const found = unstorableIn(row);
      return found ? [{ index, field: pathText(found.path), code: 'TEXT_UNSTORABLE', message: `${pathText(found.path)} ${found.why}` }] : [];
    } catch (error) {
      if (error instanceof NestedTooDeep) return [{ index, field: '', code: 'NESTED_TOO_DEEP', message: `the row nests ${error.message}` }];
      throw error;
    }
  });
}

/** A whole document (a membership file) holding text PostgreSQL cannot store is refused, saying where. */
export function storableDocument(file: string, document: unknown): unknown {
  try {
    const found = unstorableIn(document);
    if (found) throw new UnreadableFile(`${file}: ${pathText(found.path)} ${found.why}`);
  } catch (error) {
    if (error instanceof NestedTooDeep) throw new UnreadableFile(`${file} nests ${error.message}`);
    throw error;
  }
  return document;
}
