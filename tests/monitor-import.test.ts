/** The import command for case records: measures of a GI and youth help of a region from CSV, bad rows named by line. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { insertProducts } from './helpers/products.js';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'jeugdzorg-import-cases-'));
let api: TestApi;
beforeAll(async () => {
  api = await startApi('reference');
  await insertProducts(api.db, [{
    region: 'JZ13', productCategory: '45', productCode: '45A01', name: 'Ambulante behandeling', unit: 'HOUR', tariffCents: 9000,
    validFrom: '2022-01-01', mappings: [['45-BHI', 'EQUIVALENT']],
  }]);
});
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importFile(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], { env: { ...process.env, DATABASE_URL: api.databaseUrl } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}
const count = async (table: string) => (await api.db.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0].n;

describe('npm run import -- measures / youth-help', () => {
  it('refuses a file with a BSN on line 3, naming the line, and writes nothing; the fixed file applies', async () => {
    const file = path.join(dir, 'measures.csv');
    const header = 'externalId,client,municipality,type,start,end';
    writeFileSync(file, `${header}\nM1,p-1,0363,OTS,2023-01-01,\nM2,123456782,0363,VOOGDIJ,2023-02-01,2023-12-31\n`);
    const bad = await importFile('measures', '--institution', 'jbra', '--file', file);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('rejected, nothing written: 0 created, 0 updated, 0 unchanged, 1 errors');
    expect(bad.stdout).toContain('line 3 (row 1): client CLIENT_IS_BSN');
    expect(bad.stdout).not.toContain('123456782');
    expect(await count('measure')).toBe(0);

    writeFileSync(file, `${header}\nM1,p-1,0363,OTS,2023-01-01,\nM2,p-2,0363,VOOGDIJ,2023-02-01,2023-12-31\n`);
    const good = await importFile('measures', '--institution', 'JBRA', '--file', file);
    expect(good.stdout).toMatch(/applied to PostgreSQL at [^:]+:\d+\/\w+: 2\ created,\ 0\ updated,\ 0\ unchanged,\ 0\ errors/);
    expect(good.code).toBe(0);
  });

  it('imports youth help of a region, resolving its product codes', async () => {
    const file = path.join(dir, 'help.csv');
    writeFileSync(file, 'externalId,client,municipality,productCategory,productCode,requested,start,end\n' +
      'Y1,p-1,GM0363,45,45A01,2023-01-10,2023-02-01,\nY2,p-2,GM0363,45,45A02,2023-01-10,,\n');
    const bad = await importFile('youth-help', '--region', 'JZ13', '--file', file, '--dry-run');
    expect(bad.stdout).toContain('line 3 (row 1): productCode UNKNOWN_PRODUCT');
    writeFileSync(file, 'externalId,client,municipality,productCategory,productCode,requested,start,end\nY1,p-1,GM0363,45,45A01,2023-01-10,2023-02-01,\n');
    const dry = await importFile('youth-help', '--region', 'JZ13', '--file', file, '--dry-run');
    expect(dry.stdout).toContain('dry run, nothing written: 1 created');
    expect(await count('youth_help')).toBe(0);
  });
});
