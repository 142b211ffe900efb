/**
 * Case-record files for the import command: CSV (`,` or `;`, a BOM allowed, as Dutch Excel saves) or a JSON array.
 * Empty cells are absent values. Clients must already be pseudonyms (npm run pseudonymise); a BSN is refused.
 * Measures: externalId, client, municipality, type, start, end.
 * Youth help: externalId, client, municipality, productCategory, productCode, requested, start, end.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { MeasureInput } from '../domain/monitor/measures.js';
import type { YouthHelpInput } from '../domain/monitor/youthHelp.js';
import { readJsonArray, UnreadableFile, type BatchFile } from './batchFile.js';

const cell = (value: string | undefined) => (value === undefined || value === '' ? null : value);

function readCaseCsv<T>(file: string, fromRecord: (record: Record<string, string>) => T): BatchFile<T> {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(readFileSync(file), { columns: true, skip_empty_lines: true, trim: true, bom: true, delimiter: [',', ';'], info: true });
  } catch (error) {
    throw new UnreadableFile(`${file}: ${(error as Error).message}`);
  }
  return { rows: records.map((r) => fromRecord(r.record)), errors: [], lineOf: (index) => `line ${records[index].info.lines}` };
}

const read = <T>(file: string, what: string, fromRecord: (record: Record<string, string>) => T): BatchFile<T> =>
  (file.toLowerCase().endsWith('.json') ? readJsonArray<T>(file, what) : readCaseCsv(file, fromRecord));

export const readMeasureFile = async (file: string) => read<MeasureInput>(file, 'measures', (r) => ({
  externalId: r.externalId, client: r.client, municipality: r.municipality, type: r.type, start: r.start, end: cell(r.end),
}));

export const readYouthHelpFile = async (file: string) => read<YouthHelpInput>(file, 'youth-help items', (r) => ({
  externalId: r.externalId, client: r.client, municipality: r.municipality, productCategory: r.productCategory, productCode: r.productCode,
  requested: r.requested, start: cell(r.start), end: cell(r.end),
}));
