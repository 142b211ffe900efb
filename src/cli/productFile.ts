/**
 * A product list read from a file: CSV as people and spreadsheets write it (`,` or `;` between cells, with or
 * without a BOM, LF or CRLF, a `tariff` in euros or `tariffCents`, units as names or iJw codes), or a JSON array
 * of LocalProductInput objects. What cannot be read is reported per line and field (see batchFile.ts).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { CsvError, parse } from 'csv-parse';
import type { ProductInput } from '../domain/sync/productRows.js';
import type { RowError } from '../domain/sync/result.js';
import { isUnit, unitNames, unitFromText, units } from '../reference/units.js';
import { dateErrors, readJsonArray, UnreadableFile, type BatchFile } from './batchFile.js';
import { euroCents, isoDate, mappings, wholeCents, type Read } from './cells.js';

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

async function readCsv(file: string): Promise<BatchFile<ProductInput>> {
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
  return { rows: products, errors, lineOf: (index) => `line ${lines[index]}` };
}

/** GraphQL's Int: a tariff beyond it would make the API refuse the whole request. */
const MAX_INT = 2 ** 31 - 1;

/** Values the API's types (Unit, Int) would refuse for the whole request: reported per row instead. */
function typeErrors(products: ProductInput[]): RowError[] {
  const errors: RowError[] = [];
  products.forEach((item, index) => {
    const p = (item && typeof item === 'object' ? item : {}) as Partial<ProductInput>;
    if (!isUnit(String(p.unit))) errors.push({ index, field: 'unit', code: 'UNKNOWN_UNIT', message: `"${p.unit ?? ''}" is not an iJw unit; ${UNIT_HELP}` });
    if (typeof p.tariffCents === 'number' && Math.abs(p.tariffCents) > MAX_INT) {
      errors.push({ index, field: 'tariffCents', code: 'TARIFF_TOO_HIGH', message: `tariffCents ${p.tariffCents} is far beyond any tariff` });
    }
  });
  return errors;
}

export async function readProductFile(file: string): Promise<BatchFile<ProductInput>> {
  const read = file.toLowerCase().endsWith('.json') ? readJsonArray<ProductInput>(file, 'products') : await readCsv(file);
  return { ...read, errors: [...read.errors, ...dateErrors(read.rows), ...typeErrors(read.rows)] };
}
