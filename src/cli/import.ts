/**
 * `npm run import -- products --region JZ11 --file products.csv [--dry-run] [--api URL --token T]`: loads a
 * region's product list from CSV or JSON (see productFile.ts) through syncLocalProducts: straight into the
 * database, or with `--api` into a running API. Prints where it writes, the counts and every bad row with its
 * line; exits 1 when the batch was rejected (nothing is then written), 2 on wrong arguments.
 *
 * `npm run import -- contracts --region JZ11 --file contracts.json …`: the same for a JSON array of
 * ContractInput objects, through syncContracts.
 *
 * `npm run import -- regions --file jeugdregios-2026.json [--dry-run] [--api URL --token T]`: loads new CBS
 * membership years (admin; see domain/reference/loadMemberships).
 *
 * `npm run import -- measures --institution JBRA --file measures.csv …` and `youth-help --region JZ13 …`:
 * pseudonymous case records (see caseFiles.ts) through recordMeasures / recordYouthHelp.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { sortErrors, type RowError, type SyncResult } from '../domain/batch/result.js';
import type { ContractInput } from '../domain/contracts/contractRows.js';
import { dateErrors, readJsonArray, readJsonDocument, storableDocument, textErrors, UnreadableFile, type BatchFile } from './batchFile.js';
import { apiTarget, databaseTarget, Refused, type ImportTarget } from './importTarget.js';
import { readMeasureFile, readYouthHelpFile } from './caseFiles.js';
import { readProductFile } from './productFile.js';

const USAGE = `usage: npm run import -- products --region JZ11 --file products.csv [--dry-run] [--api URL --token TOKEN]
       npm run import -- contracts --region JZ11 --file contracts.json [--dry-run] [--api URL --token TOKEN]
       npm run import -- regions --file jeugdregios-2026.json [--dry-run] [--api URL --token TOKEN]
       npm run import -- measures --institution JBRA --file measures.csv [--dry-run] [--api URL --token TOKEN]
       npm run import -- youth-help --region JZ13 --file youth-help.csv [--dry-run] [--api URL --token TOKEN]

Without --api it writes straight into the database of DATABASE_URL (or the embedded one in DATA_DIR), acting
as admin. With --api it sends the batch to a running API (e.g. http://127.0.0.1:4000/graphql) with the bearer
token given (an integrator token for the region, or admin for regions).

CSV: a header line with productCategory, productCode, name, unit, validFrom and optionally tariffCents or
tariff (euros: 95,00 or 95.00), validTo, mappings (45-BHI or 45-BHI:EQUIVALENT;54-SPC:RELATED). Cells are
separated by , or ; (as Dutch Excel saves). unit is a name (HOUR) or an iJw code (04). JSON: an array of
LocalProductInput objects (products) or ContractInput objects (contracts).

Case records (clients must already be pseudonyms: npm run pseudonymise), CSV columns:
measures: externalId, client, municipality, type, start, end
youth-help: externalId, client, municipality, productCategory, productCode, requested, start, end`;

class Usage extends Error {}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        region: { type: 'string' }, institution: { type: 'string' }, file: { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
        api: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new Usage((error as Error).message.split('\n')[0]);
  }
}

function printErrors(errors: RowError[], where: (index: number) => string): void {
  for (const error of errors) console.log(`${where(error.index)}: ${error.field} ${error.code}: ${error.message}`);
}

type Send<T> = (rows: T[], dryRun: boolean) => Promise<SyncResult>;

/** One region batch from a file: rows that could not be read stay out and the rest is checked as a dry run, so every error shows. */
async function importBatch<T>(file: BatchFile<T>, what: string, send: Send<T>, target: ImportTarget, dryRun: boolean): Promise<number> {
  const read = { ...file, errors: [...file.errors, ...textErrors(file.rows)] };
  const unreadable = new Set(read.errors.map((error) => error.index));
  const sent = read.rows.flatMap((_, index) => (unreadable.has(index) ? [] : [index]));
  console.error(`checking ${read.rows.length} ${what}${dryRun || unreadable.size ? ' (dry run)' : ''} in ${target.description}…`);
  const result = await send(sent.map((index) => read.rows[index]), dryRun || unreadable.size > 0);
  const errors = sortErrors([...read.errors, ...result.errors.map((error) => ({ ...error, index: sent[error.index] }))]);
  const outcome = result.applied && !errors.length ? `applied to ${target.description}`
    : errors.length ? 'rejected, nothing written' : 'dry run, nothing written';
  console.log(`${outcome}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${errors.length} errors`);
  printErrors(errors, (index) => `${read.lineOf(index)} (row ${index})`);
  return errors.length ? 1 : 0;
}

async function importRegions(target: ImportTarget, data: unknown, dryRun: boolean): Promise<number> {
  const result = await target.loadMembership(data, dryRun);
  console.log(`${result.applied ? `applied to ${target.description}` : 'nothing written'}: years loaded ${result.yearsLoaded.join(', ') || 'none'}, ` +
    `skipped (loaded before) ${result.yearsSkipped.join(', ') || 'none'}; municipalities +${result.municipalitiesCreated} ` +
    `-${result.municipalitiesEnded}; memberships +${result.membershipsStarted} -${result.membershipsEnded}; ${result.errors.length} errors`);
  printErrors(result.errors, (index) => (index ? `year ${index}` : 'file'));
  return result.errors.length ? 1 : 0;
}

async function main(): Promise<number> {
  const { values, positionals } = options();
  if (values.help) { console.log(USAGE); return 0; }
  const [kind] = positionals;
  const owner = kind === 'measures' ? values.institution : kind === 'regions' ? '' : values.region;
  if (!values.file || !['products', 'contracts', 'regions', 'measures', 'youth-help'].includes(kind) || owner === undefined) throw new Usage('');
  if (Boolean(values.api) !== Boolean(values.token)) throw new Usage('--api and --token go together');
  const [region, file, dryRun] = [values.region!, values.file, values['dry-run']];
  // The file is read before the database or API is opened: a file that cannot be read costs nothing.
  if (!existsSync(file)) throw new UnreadableFile(`${file} does not exist`);
  const data = kind === 'regions' ? storableDocument(file, readJsonDocument(file)) : null;
  const products = kind === 'products' ? await readProductFile(file) : null;
  const contracts = kind === 'contracts' ? readJsonArray<ContractInput>(file, 'contracts') : null;
  const measures = kind === 'measures' ? await readMeasureFile(file) : null;
  const youthHelp = kind === 'youth-help' ? await readYouthHelpFile(file) : null;
  const target = values.api ? apiTarget(values.api, values.token!) : await databaseTarget();
  console.error(`writing to ${target.description}`);
  try {
    if (products) return await importBatch(products, `products for ${region}`, (rows, dry) => target.syncProducts(region, rows, dry), target, dryRun);
    if (contracts) {
      return await importBatch({ ...contracts, errors: dateErrors(contracts.rows) }, `contracts for ${region}`,
        (rows, dry) => target.syncContracts(region, rows, dry), target, dryRun);
    }
    if (measures) return await importBatch(measures, `measures of ${owner}`, (rows, dry) => target.recordMeasures(owner!, rows, dry), target, dryRun);
    if (youthHelp) return await importBatch(youthHelp, `youth-help items of ${region}`, (rows, dry) => target.recordYouthHelp(region, rows, dry), target, dryRun);
    return await importRegions(target, data, dryRun);
  } finally {
    await target.close();
  }
}

main().then((code) => process.exit(code), (error) => {
  if (error instanceof Usage) {
    console.error(`${error.message ? `${error.message}\n\n` : ''}${USAGE}`);
    process.exit(2);
  }
  if (error instanceof Refused) console.error(`refused (${error.code}): ${error.message}; nothing written`);
  else if (error instanceof UnreadableFile) console.error(`cannot read the file: ${error.message}; nothing written`);
  else if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
