/** The import command: a 10,000-row CSV with one bad row is refused whole, naming the line; fixed, it applies all. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'jeugdzorg-import-'));
let api: TestApi;
beforeAll(async () => { api = await startApi('reference'); });
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

async function importFile(file: string, ...extra: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', 'products', '--region', 'JZ11', '--file', file, ...extra],
      { env: { ...process.env, DATABASE_URL: api.databaseUrl }, maxBuffer: 10_000_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

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
    expect(applied.stdout).toContain('applied: 10000 created, 0 updated, 0 unchanged, 0 errors');
    expect(await stored()).toBe(10_000);

    const again = await importFile(file);
    expect(again.stdout).toContain('applied: 0 created, 0 updated, 10000 unchanged, 0 errors');
  });
});
