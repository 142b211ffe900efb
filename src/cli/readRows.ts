/**
 * Reading a batch file for the import command: CSV (header row, with progress on stderr) or a JSON array, each
 * row turned into a service input, with every row's line number kept for the error report.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { parse } from 'csv-parse';
import type { SyncResult } from '../domain/batch/result.js';

export interface LoadedRows<T> { rows: T[]; lineOf: (index: number) => string }

/** An empty CSV cell is an absent value. */
export const cell = (value: string | undefined) => (value === undefined || value === '' ? null : value);

export async function readRows<T>(file: string, fromCsv: (record: Record<string, string>) => T): Promise<LoadedRows<T>> {
  if (file.toLowerCase().endsWith('.json')) {
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(rows)) throw new Error(`${file} must hold a JSON array`);
    return { rows, lineOf: (index) => `item ${index}` };
  }
  const size = statSync(file).size;
  const bar = new SingleBar({ format: 'reading {bar} {percentage}% | {rows} rows', stream: process.stderr, hideCursor: true });
  bar.start(size, 0, { rows: 0 });
  const rows: T[] = [];
  const lines: number[] = [];
  const parser = createReadStream(file).pipe(parse({ columns: true, skip_empty_lines: true, trim: true, bom: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    rows.push(fromCsv(record));
    lines.push(info.lines);
    if (rows.length % 500 === 0) bar.update(parser.info.bytes, { rows: rows.length });
  }
  bar.update(size, { rows: rows.length });
  bar.stop();
  return { rows, lineOf: (index) => `line ${lines[index]}` };
}

/** Prints the counts and every bad row with its line; the exit code: 1 when the batch was rejected. */
export function report(result: SyncResult, lineOf: (index: number) => string, dryRun: boolean): number {
  console.log(`${result.applied ? 'applied' : dryRun && !result.errors.length ? 'dry run, nothing written' : 'rejected, nothing written'}: ` +
    `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.errors.length} errors`);
  for (const error of result.errors) console.log(`${lineOf(error.index)} (row ${error.index}): ${error.field} ${error.code}: ${error.message}`);
  return result.errors.length ? 1 : 0;
}
