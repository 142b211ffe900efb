/**
 * `npm run bench`: the contract queries on the demo data, over real HTTP on loopback. For each: requests
 * per second, p50 and p95 latency, and SQL statements per request. Bounded: a fixed number of requests.
 */
import { operation } from '../tests/helpers/contract.js';
import { benchProducts } from './national.js';
import { benchScales } from './scale.js';
import { measureHttp, type Figures } from './measure.js';
import { startBenchServer, type BenchServer } from './server.js';
import { benchToken } from './token.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

/** [operation, variables, requests (default REQUESTS), needs the admin token, concurrency (default CONCURRENCY)] */
const CASES: [name: string, variables: object, requests?: number, authorised?: boolean, concurrency?: number][] = [
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
  ['WaitingReported', { province: 'PV27', on: '2025-06-01' }],
  // one at a time: the latency of one dashboard's question, not of eight competing for two cores
  ['ProtectionMonitor', { from: '2024-01-01', to: '2024-12-31' }, 20, true, 1],
  ['ProtectionMonitor', { regions: ['JZ13'], from: '2024-01-01', to: '2024-12-31' }, 40, true, 1],
];

async function main() {
  const opening = performance.now();
  const server = await startBenchServer('demo', 'demo');
  const { db, url, counters, close } = server;
  const [{ measures, items }] = await db.orm.em.fork().execute<{ measures: number; items: number }[]>(
    'select (select count(*) from measure)::int as measures, (select count(*) from youth_help)::int as items');
  console.log(`first start (initdb, migrations, demo seed with ${measures} measures and ${items} youth-help items): ` +
    `${((performance.now() - opening) / 1000).toFixed(1)} s`);
  try {
    console.log(`${REQUESTS} requests per operation, ${CONCURRENCY} at a time, demo data, ${db.description}; ` +
      'public reads without a token (from the response cache once asked) and with one (never cached)');
    const head = (label: string) => `${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'SQL/req'.padStart(7)}  ${label}`;
    console.log(`${'operation'.padEnd(26)} ${head('no token')}   ${head('token')}`);
    const admin = { authorization: `Bearer ${await benchToken(['admin'])}` };
    const reader = { authorization: `Bearer ${await benchToken(['analyst'], 'bench-reader')}` };
    const cells = (r: Figures) => `${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.statements.toFixed(1).padStart(7)}`;
    for (const [name, variables, requests = REQUESTS, authorised = false, concurrency = CONCURRENCY] of CASES) {
      const load = { url, body: JSON.stringify({ query: operation(name), variables }), clients: concurrency, counters };
      const run = async (headers: Record<string, string>) => {
        await measureHttp({ ...load, headers, amount: Math.min(requests, 40) }); // warm-up, not reported
        return measureHttp({ ...load, headers, amount: requests });
      };
      const label = 'regions' in variables ? `${name} (${(variables.regions as string[]).join(',')})` : name;
      const withToken = await run(authorised ? admin : reader);
      const withoutToken = authorised ? 'needs a token'.padStart(31) : cells(await run({}));
      console.log(`${label.padEnd(26)} ${withoutToken}            ${cells(withToken)}`);
    }
    await benchSync(server);
    await benchParallelRegions(url);
    await benchCaseRecords(server);
  } catch (error) {
    await close();
    throw error;
  }
  const warmStart = await server.closeTimingWarmStart();
  console.log(`warm start (npm start's compiled API, embedded database already initialised) to its first GraphQL answer: ${(warmStart / 1000).toFixed(2)} s`);
}


/** Sends one 10,000-row batch twice (all new, then all unchanged) and prints rows per second. */
async function timeBatch({ url, counters }: BenchServer, token: string, operationName: string, field: string, variables: object) {
  const body = JSON.stringify({ query: operation(operationName), variables });
  for (const label of ['new', 'unchanged']) {
    const before = (await counters()).statements;
    const t0 = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = (await response.json()) as { data?: Record<string, { applied: boolean; created: number; unchanged: number }> };
    const seconds = (performance.now() - t0) / 1000;
    const result = json.data?.[field];
    if (!result?.applied) throw new Error(`${field} failed: ${JSON.stringify(json).slice(0, 2000)}`);
    console.log(`${field} 10,000 rows, ${label.padEnd(9)} ${(10_000 / seconds).toFixed(0).padStart(7)} rows/s ` +
      `(${(seconds * 1000).toFixed(0)} ms, ${(await counters()).statements - before} SQL statements; created ${result.created}, unchanged ${result.unchanged})`);
  }
}

/** recordMeasures and recordYouthHelp of 10,000 rows each, onto the national demo data. */
async function benchCaseRecords(server: BenchServer) {
  const token = await benchToken(['admin']);
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + (i % 365))).toISOString().slice(0, 10);
  const measures = Array.from({ length: 10_000 }, (_, i) => ({
    externalId: `bench-m-${i}`, client: `bench-child-${i}`, municipality: '0363', type: i % 4 ? 'OTS' : 'VOOGDIJ', start: day(i), end: null,
  }));
  await timeBatch(server, token, 'RecordMeasures', 'recordMeasures', { institution: 'JBRA', measures });
  const [product] = await server.db.orm.em.fork().execute<{ productCategory: string; productCode: string }[]>(
    `select product_category as "productCategory", product_code as "productCode" from local_product
      where region_code = 'JZ13' and valid_to is null order by product_category, product_code limit 1`);
  const items = Array.from({ length: 10_000 }, (_, i) => ({
    externalId: `bench-y-${i}`, client: `bench-child-${i}`, municipality: '0363', ...product, requested: `2025-0${1 + (i % 9)}-01`, start: `2025-0${1 + (i % 9)}-15`, end: null,
  }));
  await timeBatch(server, token, 'RecordYouthHelp', 'recordYouthHelp', { region: 'JZ13', items });
}

/** Rows per second of a 10,000-row syncLocalProducts, first all new, then all unchanged. */
async function benchSync(server: BenchServer) {
  await timeBatch(server, await benchToken(['admin']), 'SyncLocalProducts', 'syncLocalProducts', { region: 'JZ01', products: benchProducts(10_000, 'B') });
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
