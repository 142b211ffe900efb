/**
 * `npm run bench`: the contract queries on the demo data, over real HTTP on loopback. For each: requests
 * per second, p50 and p95 latency, and SQL statements per request. Bounded: a fixed number of requests.
 */
import { sqlCounter } from '../src/db/sqlCounter.js';
import { operation } from '../tests/helpers/contract.js';
import { benchScales } from './scale.js';
import { startBenchServer } from './server.js';
import { benchToken } from './token.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const CASES: [name: string, variables: object][] = [
  ['Provinces', {}],
  ['RegionsInProvince', { province: 'PV27', on: '2025-06-01' }],
  ['Region', { code: 'JZ06', on: '2021-06-01' }],
  ['Municipality', { code: 'GM0398', on: '2021-06-01' }],
  ['CertifiedInstitutions', {}],
  ['Categories', {}],
  ['Translate', { region: 'JZ11', productCategory: '45', productCode: '45A01', on: '2025-06-01' }],
  ['LocalProductsForCategory', { category: '45', first: 100, on: '2025-06-01' }],
  ['CompareRegions', { category: '45', on: '2025-06-01' }],
  ['MappingCoverage', { on: '2025-06-01' }],
  ['Unmapped', { region: 'JZ11', on: '2025-06-01' }],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(url: string, query: string, variables: object) {
  const body = JSON.stringify({ query, variables });
  const latencies: number[] = [];
  let next = 0;
  const statementsBefore = sqlCounter.count;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) {
      next += 1;
      const t0 = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await response.json()) as { errors?: unknown };
      if (json.errors) throw new Error(`request failed: ${JSON.stringify(json.errors)}`);
      latencies.push(performance.now() - t0);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: REQUESTS / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    statements: (sqlCounter.count - statementsBefore) / REQUESTS,
  };
}

async function main() {
  const { db, url, close } = await startBenchServer('demo', 'demo');
  try {
    console.log(`${REQUESTS} requests per operation, ${CONCURRENCY} at a time, demo data, ${db.description}`);
    console.log(`${'operation'.padEnd(26)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'SQL/req'.padStart(8)}`);
    for (const [name, variables] of CASES) {
      await measure(url, operation(name), variables); // warm-up, not reported
      const r = await measure(url, operation(name), variables);
      console.log(`${name.padEnd(26)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.statements.toFixed(1).padStart(8)}`);
    }
    await benchSync(url);
    await benchParallelRegions(url);
  } finally {
    await close();
  }
}


const benchProducts = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({
  productCategory: '45', productCode: `${prefix}${i.toString(36).toUpperCase().padStart(4, '0')}`, name: `Bench product ${i}`,
  unit: 'HOUR', tariffCents: 8000 + (i % 500), validFrom: '2025-01-01', mappings: [{ category: '45-BHI' }],
}));

/** Rows per second of a 10,000-row syncLocalProducts, first all new, then all unchanged. */
async function benchSync(url: string) {
  const token = await benchToken(['admin']);
  const body = JSON.stringify({ query: operation('SyncLocalProducts'), variables: { region: 'JZ01', products: benchProducts(10_000, 'B') } });
  for (const label of ['new', 'unchanged']) {
    const before = sqlCounter.count;
    const t0 = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = (await response.json()) as { data?: { syncLocalProducts: { applied: boolean; created: number; unchanged: number } } };
    const seconds = (performance.now() - t0) / 1000;
    const result = json.data?.syncLocalProducts;
    if (!result?.applied) throw new Error(`sync failed: ${JSON.stringify(json)}`);
    console.log(`syncLocalProducts 10,000 rows, ${label.padEnd(9)} ${(10_000 / seconds).toFixed(0).padStart(7)} rows/s ` +
      `(${(seconds * 1000).toFixed(0)} ms, ${sqlCounter.count - before} SQL statements; created ${result.created}, unchanged ${result.unchanged})`);
  }
}

/** Latency of a 10-row sync of one region, alone and while a 10,000-row sync of another region runs. */
async function benchParallelRegions(url: string) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${await benchToken(['admin'])}` };
  const sync = async (region: string, products: object[]) => {
    const t0 = performance.now();
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: operation('SyncLocalProducts'), variables: { region, products } }) });
    const json = (await response.json()) as { data?: { syncLocalProducts: { applied: boolean } } };
    if (!json.data?.syncLocalProducts.applied) throw new Error(`sync failed: ${JSON.stringify(json)}`);
    return performance.now() - t0;
  };
  const alone = await sync('JZ02', benchProducts(10, 'S'));
  const large = sync('JZ03', benchProducts(10_000, 'L'));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const during = await sync('JZ04', benchProducts(10, 'S'));
  const largeMs = await large;
  console.log(`10-row sync of one region: ${alone.toFixed(0)} ms alone, ${during.toFixed(0)} ms while a 10,000-row sync of another region runs (${largeMs.toFixed(0)} ms)`);
}

/** `--scale 1,4,16` runs the national-scale bench (bench/scale.ts) instead of the demo-data one. */
const scaleArg = process.argv.indexOf('--scale');
if (scaleArg >= 0) await benchScales((process.argv[scaleArg + 1] ?? '1').split(',').map(Number));
else await main();
