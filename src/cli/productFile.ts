/**
 * A product list read from a file: CSV as people and spreadsheets write it (`,` or `;` between cells, with or
 * without a BOM, LF or CRLF, a `tariff` in euros or `tariffCents`, units as names or iJw codes), or a JSON array
 * of LocalProductInput objects. What cannot be read is reported per line and field, next to the rows that can.
 * Rows with such errors are left out of the batch (a GraphQL API would refuse the whole request for one bad
 * date or unit), so the rest is still checked and every other row error reported.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { CsvError, parse } from 'csv-parse';
import type { ProductInput } from '../domain/sync/productRows.js';
import { isDate } from '../domain/codes.js';
import type { RowError } from '../domain/sync/result.js';
import { isUnit, unitNames, unitFromText, units } from '../reference/units.js';
import { euroCents, isoDate, mappings, wholeCents, type Read } from './cells.js';

export interface ProductFile {
  products: ProductInput[];
  /** Where row `index` is in the file, e.g. `line 12`. */
  lineOf: (index: number) => string;
  /** Cells that could not be read, by row index and the input field they fill. */
  errors: RowError[];
}

/** The file cannot be read at all (no such file, a header without the needed columns, broken quoting). */
export class UnreadableFile extends Error {}

const REQUIRED = ['productCategory', 'productCode', 'name', 'unit', 'validFrom'];
const OPTIONAL = ['tariffCents', 'tariff', 'validTo', 'mappings'];

/** `;` when the header has more of them than commas (Dutch Excel), else `,`. */
function delimiterOf(file: string): string {
  const header = readFileSync(file, 'utf8').split(/\r?\n/, 1)[0];
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function checkHeader(columns: string[]): string[] {
  const named = columns.filter(Boolean);
  const missing = REQUIRED.filter((column) => !named.includes(column));
  const unknown = named.filter((column) => !REQUIRED.includes(column) && !OPTIONAL.includes(column));
  const problems = [
    ...(missing.length ? [`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`] : []),
    ...(unknown.length ? [`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`] : []),
    ...(named.includes('tariff') && named.includes('tariffCents') ? ['give tariff (euros) or tariffCents, not both'] : []),
  ];
  if (problems.length) {
    throw new UnreadableFile(`line 1: ${problems.join('; ')} (columns: ${[...REQUIRED, ...OPTIONAL].join(', ')})`);
  }
  return columns;
}

const UNIT_HELP = `give a unit name (${unitNames.join(', ')}) or its iJw code (${units.map((u) => u.code).join(', ')})`;

/** One CSV record as a product; a tariff that cannot be read becomes an error. */
function product(record: Record<string, string>, index: number, errors: RowError[]): ProductInput {
  const read = <T>(field: string, column: string, result: Read<T>): T | null => {
    if ('value' in result) return result.value;
    errors.push({ index, field, code: 'UNREADABLE', message: `${column}: ${result.problem}` });
    return null;
  };
  const tariffCell = record.tariff ?? record.tariffCents ?? '';
  const tariffCents = tariffCell.trim() === '' ? null
    : read('tariffCents', record.tariff !== undefined ? 'tariff' : 'tariffCents', record.tariff !== undefined ? euroCents(tariffCell) : wholeCents(tariffCell));
  return {
    productCategory: record.productCategory,
    productCode: record.productCode,
    name: record.name,
    unit: unitFromText(record.unit ?? '') ?? record.unit,
    tariffCents,
    validFrom: isoDate(record.validFrom ?? ''),
    validTo: record.validTo ? isoDate(record.validTo) : null,
    mappings: record.mappings === undefined ? null : mappings(record.mappings),
  };
}

export async function readCsv(file: string): Promise<ProductFile> {
  const size = statSync(file).size;
  const bar = new SingleBar({ format: 'reading {bar} {percentage}% | {rows} rows', stream: process.stderr, hideCursor: true });
  bar.start(size, 0, { rows: 0 });
  const products: ProductInput[] = [];
  const errors: RowError[] = [];
  const lines: number[] = [];
  const parser = createReadStream(file).pipe(parse({
    columns: checkHeader, delimiter: delimiterOf(file), skip_empty_lines: true, trim: true, bom: true, info: true,
  }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      products.push(product(record, products.length, errors));
      lines.push(info.lines);
      if (products.length % 500 === 0) bar.update(parser.info.bytes, { rows: products.length });
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    // csv-parse names the line of broken quoting or a row with too many cells; say it the same way.
    if (error instanceof CsvError) throw new UnreadableFile(`line ${(error as CsvError & { lines?: number }).lines ?? '?'}: ${error.message.replace(/^Invalid [^:]*: /, '')}`);
    throw error;
  } finally {
    bar.update(size, { rows: products.length });
    bar.stop();
  }
  return { products, errors, lineOf: (index) => `line ${lines[index]}` };
}

export function readJson(file: string): ProductFile {
  let products: unknown;
  try {
    products = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UnreadableFile(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(products)) throw new UnreadableFile(`${file} must hold a JSON array of products`);
  return { products, errors: [], lineOf: (index) => `item ${index}` };
}

/** GraphQL's Int: a tariff beyond it would make the API refuse the whole request. */
const MAX_INT = 2 ** 31 - 1;

/** Values the API's types (Date, Unit, Int) would refuse for the whole request: reported per row instead. */
function typeErrors(products: ProductInput[]): RowError[] {
  const errors: RowError[] = [];
  products.forEach((item, index) => {
    const p = (item && typeof item === 'object' ? item : {}) as Partial<ProductInput>;
    for (const field of ['validFrom', 'validTo'] as const) {
      const value = p[field];
      if ((field === 'validFrom' || value != null) && !isDate(value)) {
        errors.push({ index, field, code: 'DATE_INVALID', message: `${field} "${value ?? ''}" is not a date (YYYY-MM-DD or d-m-yyyy) that exists` });
      }
    }
    if (!isUnit(String(p.unit))) errors.push({ index, field: 'unit', code: 'UNKNOWN_UNIT', message: `"${p.unit ?? ''}" is not an iJw unit; ${UNIT_HELP}` });
    if (typeof p.tariffCents === 'number' && Math.abs(p.tariffCents) > MAX_INT) {
      errors.push({ index, field: 'tariffCents', code: 'TARIFF_TOO_HIGH', message: `tariffCents ${p.tariffCents} is far beyond any tariff` });
    }
  });
  return errors;
}

export async function readProductFile(file: string): Promise<ProductFile> {
  const read = file.toLowerCase().endsWith('.json') ? readJson(file) : await readCsv(file);
  return { ...read, errors: [...read.errors, ...typeErrors(read.products)] };
}
