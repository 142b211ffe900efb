/**
 * The import command: a 10,000-row CSV with one bad row is refused whole, naming the line; fixed, it applies all.
 * Files as Dutch Excel saves them, unreadable cells and impossible dates, and the import into a running API.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { token as mint, TEST_SECRET } from './helpers/tokens.js';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'jeugdzorg-import-'));
let api: TestApi;
beforeAll(async () => { api = await startApi('reference', { JWT_SECRET: TEST_SECRET }); });
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Row i: product code 45 + three base-36 characters, hourly, mapped onto ambulatory treatment. */
function csv(rows: number, badRow?: number): string {
  const lines = ['productCategory,productCode,name,unit,tariffCents,validFrom,validTo,mappings'];
  for (let i = 0; i < rows; i += 1) {
    const code = `45${i.toString(36).toUpperCase().padStart(3, '0')}`;
    const tariff = i === badRow ? '-5' : String(8000 + (i % 100));
    lines.push(`45,${code},"Behandeling, variant ${i}",HOUR,${tariff},2025-01-01,,45-BHI:EQUIVALENT`);
  }
  return `${lines.join('\n')}\n`;
}

async function runImport(args: string[], env: Record<string, string | undefined> = { DATABASE_URL: api.databaseUrl }) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args],
      { env: { ...process.env, ...env }, maxBuffer: 10_000_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const importFile = (file: string, ...extra: string[]) => runImport(['products', '--region', 'JZ11', '--file', file, ...extra]);

const stored = async () =>
  (await api.db.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from local_product where region_code = 'JZ11'`))[0].n;

describe('npm run import -- products', () => {
  it('refuses a 10,000-row CSV with one bad row, naming its line, and writes nothing', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, csv(10_000, 4_321));
    const result = await importFile(file);
    expect(result.code).toBe(1);
    // Row 4321 (0-based) is on line 4323: line 1 is the header.
    expect(result.stdout).toContain('line 4323 (row 4321): tariffCents TARIFF_NEGATIVE');
    expect(result.stdout).toContain('rejected, nothing written');
    expect(await stored()).toBe(0);
  });

  it('checks a dry run without writing, then applies all 10,000 rows of the fixed file, and then changes nothing', async () => {
    const file = path.join(dir, 'good.csv');
    writeFileSync(file, csv(10_000));
    const dry = await importFile(file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('10000 created, 0 updated, 0 unchanged, 0 errors');
    expect(await stored()).toBe(0);

    const applied = await importFile(file);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain(`applied to PostgreSQL at ${new URL(api.databaseUrl).host}${new URL(api.databaseUrl).pathname}: 10000 created, 0 updated, 0 unchanged, 0 errors`);
    expect(await stored()).toBe(10_000);

    const again = await importFile(file);
    expect(again.stdout).toContain(': 0 created, 0 updated, 10000 unchanged, 0 errors');
  });
});

const productsOf = async (region: string) => api.db.orm.em.fork().execute<{ code: string; unit: string; tariff: number | null; validFrom: string; mappings: string }[]>(
  `select lp.product_code as code, lp.unit, lp.tariff_cents as tariff, lp.valid_from::text as "validFrom",
          coalesce(string_agg(pm.category_code || ':' || pm.relationship, ' ' order by pm.category_code), '') as mappings
     from local_product lp left join product_mapping pm on pm.product_id = lp.id
    where lp.region_code = ? group by lp.id order by lp.product_code`, [region]);

/** A product file as Dutch Excel saves it (semicolons, CRLF), under the header; its path. */
const excelFile = (name: string, rows: string[], prefix = '', suffix = '') => {
  const file = path.join(dir, name);
  writeFileSync(file, `${prefix}${['productCategory;productCode;name;unit;tariff;validFrom;validTo;mappings', ...rows].join('\r\n')}${suffix}`, 'utf8');
  return file;
};
const lineErrors = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('line '));

describe('spreadsheet files', () => {
  it('imports a CSV exactly as Dutch Excel saves it: BOM, semicolons, CRLF, decimal commas, iJw unit codes, d-m-yyyy', async () => {
    const file = excelFile('excel.csv', [
      '45;45X01;Ambulante behandeling, individueel;04;95,00;1-1-2025;;45-BHI',
      '45;45X02;Behandeling per minuut;01;1,58;01-01-2025;;"45-BHI:EQUIVALENT;54-SPC:RELATED"',
      '45;45X03;Dagdeel behandeling;16;€ 1.234,50;2025-01-01;31-12-2025;45-BHI',
      '45;45X04;Budget;83;;2025-01-01;;',
      '45;45X05;Etmaal;etmaal;250.5;2025-01-01;;',
    ], '\uFEFF', '\r\n');
    const result = await runImport(['products', '--region', 'JZ24', '--file', file]);
    expect(result.stdout).toContain('5 created, 0 updated, 0 unchanged, 0 errors');
    expect(result.code).toBe(0);
    expect(await productsOf('JZ24')).toEqual([
      { code: '45X01', unit: 'HOUR', tariff: 9500, validFrom: '2025-01-01', mappings: '45-BHI:EQUIVALENT' },
      { code: '45X02', unit: 'MINUTE', tariff: 158, validFrom: '2025-01-01', mappings: '45-BHI:EQUIVALENT 54-SPC:RELATED' },
      { code: '45X03', unit: 'DAYPART', tariff: 123450, validFrom: '2025-01-01', mappings: '45-BHI:EQUIVALENT' },
      { code: '45X04', unit: 'EURO', tariff: null, validFrom: '2025-01-01', mappings: '' },
      { code: '45X05', unit: 'ETMAAL', tariff: 25050, validFrom: '2025-01-01', mappings: '' },
    ]);
  });

  it('reports an impossible date, an unreadable tariff and unit, and every other row error, each with its line', async () => {
    const file = excelFile('bad-excel.csv', [
      '45;45Y01;Goed;04;95,00;2025-01-01;;45-BHI',
      '45;45Y02;Onmogelijke datum;04;95,00;2025-13-01;;45-BHI',
      '45;45Y03;Geen bedrag;04;vijf euro;2025-01-01;;45-BHI',
      '45;45Y04;Onbekende eenheid;uurtje;95,00;2025-01-01;;45-BHI',
      '45;45Y05;Onbekende categorie;04;95,00;2025-01-01;;45-NOPE',
      '45;;Geen code;04;95,00;2025-01-01;;45-BHI',
    ]);
    const result = await runImport(['products', '--region', 'JZ25', '--file', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('rejected, nothing written');
    const reported = lineErrors(result.stdout).map((line) => line.split(':').slice(0, 2).join(':'));
    expect(reported).toEqual([
      'line 3 (row 1): validFrom DATE_INVALID',
      'line 4 (row 2): tariffCents UNREADABLE',
      'line 5 (row 3): unit UNKNOWN_UNIT',
      'line 6 (row 4): mappings[0].category UNKNOWN_CATEGORY',
      'line 7 (row 5): productCode PRODUCT_CODE_EMPTY',
    ]);
    expect(result.stdout).toContain('tariff: "vijf euro" is not an amount in euros');
    expect(await productsOf('JZ25')).toEqual([]);
  });

  it('reports text PostgreSQL cannot store (a NUL byte, half an emoji) with its line, and still checks the other rows', async () => {
    const products = excelFile('nul.csv', [
      '45;45U01;Goed;04;95,00;2025-01-01;;45-BHI',
      '45;45U02;Be\u0000handeling;04;95,00;2025-01-01;;45-BHI',
      '45;45U03;Fout;04;-1;2025-01-01;;45-BHI',
    ]);
    const nul = await runImport(['products', '--region', 'JZ26', '--file', products]);
    expect(nul.code).toBe(1);
    expect(lineErrors(nul.stdout)).toEqual([
      'line 3 (row 1): name TEXT_UNSTORABLE: name contains the NUL character (U+0000), which text may not hold',
      'line 4 (row 2): tariffCents TARIFF_NEGATIVE: tariffCents -100 is negative', // -1 euro
    ]);
    expect(await productsOf('JZ26')).toEqual([]);

    // UTF-8 cannot carry half a character, JSON can: the escape of the first half of 😀
    const contracts = path.join(dir, 'half.json');
    writeFileSync(contracts, '[{"institution":"DJGB","validFrom":"2030-01-01","procurementModel":"TENDER \\ud83d","financingForm":"LUMPSUM"}]');
    const half = await runImport(['contracts', '--region', 'JZ26', '--file', contracts]);
    expect(half.code).toBe(1);
    expect(half.stdout).toContain('item 0 (row 0): procurementModel TEXT_UNSTORABLE: procurementModel contains a lone UTF-16 surrogate');

    const years = path.join(dir, 'nul-years.json');
    writeFileSync(years, '{"note":"x\\u0000"}');
    const document = await runImport(['regions', '--file', years]);
    expect(document.code).toBe(1);
    expect(document.stderr).toContain(`cannot read the file: ${years}: note contains the NUL character (U+0000), which text may not hold; nothing written`);
  });

  it('names line 1 when the header lacks a column, and prints usage for --help', async () => {
    const file = path.join(dir, 'no-unit.csv');
    writeFileSync(file, 'productCategory,productCode,name,tarief,validFrom\n45,45Z01,X,9500,2025-01-01\n');
    const result = await importFile(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 1: missing column unit; unknown column tarief');
    const help = await runImport(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run import -- products --region JZ11');
    const wrong = await runImport(['products', '--regoin', 'JZ11']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--regoin'");
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('where the import writes', () => {
  it('sends the batch to a running API with --api and --token, with the same line-numbered errors', async () => {
    const file = path.join(dir, 'api.csv');
    writeFileSync(file, 'productCategory,productCode,name,unit,tariffCents,validFrom\n45,45W01,Via de API,HOUR,9000,2025-01-01\n45,45W02,Fout,HOUR,-1,2025-01-01\n');
    const integrator = await mint({ sub: 'api-importer', roles: ['integrator'], regions: ['JZ06'] });
    const args = ['products', '--region', 'JZ06', '--file', file, '--api', api.url, '--token', integrator];
    const refused = await runImport(args, {});
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('line 3 (row 1): tariffCents TARIFF_NEGATIVE');
    writeFileSync(file, 'productCategory,productCode,name,unit,tariffCents,validFrom\n45,45W01,Via de API,HOUR,9000,2025-01-01\n');
    const applied = await runImport(args, {});
    expect(applied.stdout).toContain(`applied to the API at ${api.url}/graphql: 1 created`);
    expect(applied.code).toBe(0);
    expect((await productsOf('JZ06')).map((p) => p.code)).toEqual(['45W01']);
    const otherRegion = await runImport(['products', '--region', 'JZ11', '--file', file, '--api', api.url, '--token', integrator], {});
    expect(otherRegion.code).toBe(1);
    expect(otherRegion.stderr).toContain('refused (FORBIDDEN)');
  });

  it('sends contracts and membership years to the API too', async () => {
    const admin = await mint({ sub: 'api-admin', roles: ['admin'] });
    const contracts = path.join(dir, 'contracts.json');
    const contract = { validFrom: '2030-01-01', procurementModel: 'TENDER', financingForm: 'LUMPSUM' };
    writeFileSync(contracts, JSON.stringify([{ ...contract, institution: 'DJGB', validFrom: '2030-02-30' }, { ...contract, institution: 'NOBODY' }]));
    const refused = await runImport(['contracts', '--region', 'JZ06', '--file', contracts, '--api', api.url, '--token', admin], {});
    expect(refused.code).toBe(1);
    expect(refused.stdout.split('\n').filter((line) => line.startsWith('item')).map((line) => line.split(':').slice(0, 2).join(':'))).toEqual([
      'item 0 (row 0): validFrom DATE_INVALID', 'item 1 (row 1): institution UNKNOWN_INSTITUTION',
    ]);
    const years = path.join(dir, 'years.json');
    writeFileSync(years, readFileSync('data/reference/jeugdregios.json'));
    const loaded = await runImport(['regions', '--file', years, '--api', `${api.url}/`, '--token', admin], {});
    expect(loaded.stdout).toContain(`applied to the API at ${api.url}/graphql: years loaded none, skipped (loaded before) 2021, 2022, 2023, 2024, 2025`);
    expect(loaded.code).toBe(0);
  });

  it('refuses an empty DATABASE_URL as a configuration error, creating no embedded database', async () => {
    const dataDir = path.join(dir, 'should-not-exist');
    const file = path.join(dir, 'good.csv');
    const result = await runImport(['products', '--region', 'JZ11', '--file', file], { DATABASE_URL: '', DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Configuration error: DATABASE_URL is set but empty');
    expect(existsSync(dataDir)).toBe(false);
  });
});
