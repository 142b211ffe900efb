/**
 * `npm run import -- regions --file jeugdregios-2026.json [--dry-run]`: loads new CBS membership years
 * (admin; see domain/reference/loadMemberships).
 *
 * `npm run import -- products --region JZ11 --file products.csv [--dry-run]`: loads a region's product list
 * from CSV or JSON through the same service as the syncLocalProducts mutation. Prints the counts and every
 * bad row with its line; exits 1 when the batch was rejected (nothing is then written).
 *
 * CSV columns: productCategory, productCode, name, unit, tariffCents, validFrom, validTo, mappings.
 * `mappings` is `45-BHI` or `45-BHI:EQUIVALENT;54-SPC:RELATED`; an empty cell removes a product's
 * mappings, a file without the column leaves them as they are. JSON: an array of LocalProductInput objects.
 *
 * `measures --institution X` and `youth-help --region X`: case records (see importCases.ts).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { parse } from 'csv-parse';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import type { Principal } from '../auth/principal.js';
import { regionCode } from '../domain/codes.js';
import { importCases } from './importCases.js';
import { loadMembershipYears } from '../domain/reference/loadMemberships.js';
import { requireRegions } from '../domain/reference/regions.js';
import type { ProductInput } from '../domain/sync/productRows.js';
import { syncProducts } from '../domain/sync/syncProducts.js';

interface Loaded { products: ProductInput[]; lineOf: (index: number) => string }

function mappingsCell(cell: string | undefined): ProductInput['mappings'] {
  if (cell === undefined) return null;
  return cell.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [category, relationship] = part.split(':').map((s) => s.trim());
    return { category, relationship: relationship || null };
  });
}

async function readCsv(file: string): Promise<Loaded> {
  const size = statSync(file).size;
  const bar = new SingleBar({ format: 'reading {bar} {percentage}% | {rows} rows', stream: process.stderr, hideCursor: true });
  bar.start(size, 0, { rows: 0 });
  const products: ProductInput[] = [];
  const lines: number[] = [];
  const parser = createReadStream(file).pipe(parse({ columns: true, skip_empty_lines: true, trim: true, bom: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    products.push({
      productCategory: record.productCategory,
      productCode: record.productCode,
      name: record.name,
      unit: record.unit,
      tariffCents: record.tariffCents === undefined || record.tariffCents === '' ? null : Number(record.tariffCents),
      validFrom: record.validFrom,
      validTo: record.validTo || null,
      mappings: mappingsCell(record.mappings),
    });
    lines.push(info.lines);
    if (products.length % 500 === 0) bar.update(parser.info.bytes, { rows: products.length });
  }
  bar.update(size, { rows: products.length });
  bar.stop();
  return { products, lineOf: (index) => `line ${lines[index]}` };
}

function readJson(file: string): Loaded {
  const products = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(products)) throw new Error(`${file} must hold a JSON array of products`);
  return { products, lineOf: (index) => `item ${index}` };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { region: { type: 'string' }, institution: { type: 'string' }, file: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  });
  if (positionals[0] === 'regions' && values.file) return importRegions(values.file, values['dry-run']);
  const owner = positionals[0] === 'measures' ? values.institution : positionals[0] === 'youth-help' ? values.region : undefined;
  if (owner && values.file) return importCaseFile(positionals[0] as 'measures' | 'youth-help', owner, values.file, values['dry-run']);
  if (positionals[0] !== 'products' || !values.region || !values.file) {
    console.error('usage: npm run import -- products --region JZ11 --file products.csv [--dry-run]\n' +
      '       npm run import -- regions --file jeugdregios-2026.json [--dry-run]\n' +
      '       npm run import -- measures --institution JBRA --file measures.csv [--dry-run]\n' +
      '       npm run import -- youth-help --region JZ13 --file youth-help.csv [--dry-run]');
    return 2;
  }
  const loaded = values.file.toLowerCase().endsWith('.json') ? readJson(values.file) : await readCsv(values.file);
  const config = loadConfig();
  const database = await openDatabase({ ...config, seed: config.seed === 'none' ? 'none' : 'reference' });
  try {
    const em = database.orm.em.fork();
    const [region] = await requireRegions(em, [regionCode(values.region)]);
    console.error(`checking and writing ${loaded.products.length} products for ${region.code} ${region.name}…`);
    const result = await syncProducts(em, {
      region: region.code,
      products: loaded.products,
      dryRun: values['dry-run'],
      principal: OPERATOR,
      maxRows: config.maxBatchRows,
    });
    console.log(`${result.applied ? 'applied' : values['dry-run'] && !result.errors.length ? 'dry run, nothing written' : 'rejected, nothing written'}: ` +
      `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.errors.length} errors`);
    for (const error of result.errors) {
      console.log(`${loaded.lineOf(error.index)} (row ${error.index}): ${error.field} ${error.code}: ${error.message}`);
    }
    return result.errors.length ? 1 : 0;
  } finally {
    await database.close();
  }
}

/** The command runs with direct database access: an operator, so it acts as admin. */
const OPERATOR: Principal = { subject: `import-cli:${userInfo().username}`, roles: ['admin'], regions: [], institution: null, provider: null };

async function importRegions(file: string, dryRun: boolean): Promise<number> {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const config = loadConfig();
  const database = await openDatabase({ ...config, seed: config.seed === 'none' ? 'none' : 'reference' });
  try {
    const result = await loadMembershipYears(database.orm.em.fork(), data, OPERATOR, dryRun);
    console.log(`${result.applied ? 'applied' : 'nothing written'}: years loaded ${result.yearsLoaded.join(', ') || 'none'}, ` +
      `skipped (loaded before) ${result.yearsSkipped.join(', ') || 'none'}; municipalities +${result.municipalitiesCreated} ` +
      `-${result.municipalitiesEnded}; memberships +${result.membershipsStarted} -${result.membershipsEnded}; ${result.errors.length} errors`);
    for (const error of result.errors) console.log(`${error.index} ${error.field} ${error.code}: ${error.message}`);
    return result.errors.length ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function importCaseFile(kind: 'measures' | 'youth-help', owner: string, file: string, dryRun: boolean): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ ...config, seed: config.seed === 'none' ? 'none' : 'reference' });
  try {
    return await importCases(database.orm.em.fork(), kind, { owner, file, dryRun, principal: OPERATOR, maxRows: config.maxBatchRows });
  } finally {
    await database.close();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
