/**
 * `npm run bench -- --scale 1,4,16`: each scale in a fresh embedded database of its own, filled through
 * syncLocalProducts by the national generator; then the four questions of issue 10, a municipality, mapping
 * coverage and an integrator's next page of the change feed, through the API and as one hand-written SQL statement
 * (the baseline), at 1, 8 and 32 clients, answers compared first.
 */
import pg from 'pg';
import { operation } from '../tests/helpers/contract.js';
import { BASELINE, changesBaseline, syncBaseline, type BaselineQuery } from './baseline.js';
import { measureCalls, measureHttp, percentile, type Figures } from './measure.js';
import { benchProducts, codeOf, loadNational } from './national.js';
import { startBenchServer } from './server.js';
import { benchToken } from './token.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CLIENTS = [1, 8, 32];
const ON = '2025-06-01';

const CASES: [name: string, variables: Record<string, unknown>][] = [
  ['Region', { code: 'JZ06', on: ON }],
  ['Municipality', { code: 'GM0363', on: ON }],
  ['Translate', { region: 'JZ11', productCategory: '45', productCode: codeOf('45', 0), on: ON }],
  ['LocalProductsForCategory', { category: '45', first: 100, on: ON }],
  ['CompareRegions', { category: '45', on: ON }],
  ['MappingCoverage', { on: ON }],
];

/** The change feed as an integrator pages through it (totalCount left out, as the schema advises for paging). */
const CHANGES = `query($after: String, $first: Int) { changes(after: $after, first: $first) {
  pageInfo { endCursor } edges { node { id key operation after } } } }`;
const FEED_REGION = 'JZ11';
const FEED_PAGE = 100;

type Json = Record<string, any>;

/** What both sides must agree on before they are timed: the parts of the answer a user reads. */
const ANSWER: Record<string, (api: Json, raw: Json[]) => [unknown, unknown]> = {
  Region: (api, raw) => [api.region.municipalities.map((m: Json) => m.code), raw[0].municipalities.map((m: Json) => m.code)],
  Municipality: (api, raw) => [[api.municipality.region?.code, api.municipality.successor?.code ?? null], [raw[0].region_code, raw[0].successor_code]],
  Translate: (api, raw) => [[api.translate.localProduct.tariffCents, api.translate.matches.length], [raw[0].tariff_cents, raw[0].matches.length]],
  LocalProductsForCategory: (api, raw) => [
    [api.localProducts.totalCount, api.localProducts.edges.map((e: Json) => `${e.node.region.code}/${e.node.productCode}`)],
    [raw[0].totalCount, raw[0].edges.map((e: Json) => `${e.region_code}/${e.product_code}`)]],
  MappingCoverage: (api, raw) => [
    api.mappingCoverage.map((c: Json) => `${c.region.code}:${c.productCount}:${c.mappedCount}`),
    raw.map((r) => `${r.code}:${r.productCount}:${r.mappedCount}`)],
  Changes: (api, raw) => [api.changes.edges.map((e: Json) => `${e.node.id}:${e.node.key}`), raw.map((r) => `${r.id}:${r.entity_key}`)],
  CompareRegions: (api, raw) => [
    api.compareRegions.map((c: Json) => `${c.region.code}:${c.productCount}:${c.tariffs.map((t: Json) => `${t.unit}/${t.medianCents}`).sort()}`),
    raw.map((r) => `${r.code}:${r.productCount}:${r.tariffs.map((t: Json) => `${t.unit}/${t.median}`).sort()}`)],
};

const row = (label: string, clients: number, f: Figures, ratio?: number) =>
  `${label.padEnd(38)} ${String(clients).padStart(3)} ${f.rps.toFixed(0).padStart(7)} ${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(7)} ` +
  `${f.p99.toFixed(1).padStart(7)} ${f.statements.toFixed(1).padStart(6)}${ratio === undefined ? '' : `   ${ratio.toFixed(2)}× of raw SQL`}`;

async function benchScale(scale: number) {
  const { config, databaseUrl, url, counters, close } = await startBenchServer('reference', `${scale}x`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 32 });
  pool.on('error', () => {}); // an idle connection ended by the database's own shutdown at the end
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const json = (await response.json()) as { data?: Json; errors?: unknown };
    if (json.errors) throw new Error(`request failed: ${JSON.stringify(json.errors).slice(0, 500)}`);
    return json.data!;
  };
  try {
    const token = await benchToken(['admin']);
    const reader = { authorization: `Bearer ${await benchToken(['analyst'], 'bench-reader')}` };
    const regions = (await pool.query<{ code: string }>('select code from region order by code')).rows.map((r) => r.code);
    const batchRates: number[] = [];
    const t0 = performance.now();
    const rows = await loadNational(regions, scale, config.maxBatchRows, async (region, products) => {
      const started = performance.now();
      const data = await post(JSON.stringify({ query: operation('SyncLocalProducts'), variables: { region, products } }), { authorization: `Bearer ${token}` });
      if (!data.syncLocalProducts.applied || data.syncLocalProducts.created !== products.length) throw new Error(`sync not applied: ${JSON.stringify(data).slice(0, 500)}`);
      batchRates.push(products.length / ((performance.now() - started) / 1000));
    });
    const loadSeconds = (performance.now() - t0) / 1000;
    await pool.query('analyze'); // what autovacuum does soon after a load this size; the plans should not depend on its timing
    const mappings = (await pool.query<{ n: number }>('select count(*)::int as n from product_mapping')).rows[0].n;
    batchRates.sort((a, b) => a - b);
    console.log(`\n## scale ${scale}: ${rows} product versions, ${mappings} mappings, loaded through syncLocalProducts in ${loadSeconds.toFixed(1)} s ` +
      `(${(rows / loadSeconds).toFixed(0)} rows/s overall, median batch ${percentile(batchRates, 50).toFixed(0)} rows/s, batches of up to ${config.maxBatchRows} new rows)`);
    console.log(`${'question'.padEnd(38)} ${'cl'.padStart(3)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'SQL/rq'.padStart(6)}`);
    // Measures one question through the API (each header set a variant) beside its baseline, answers compared first.
    const compare = async (name: string, body: string, baseline: BaselineQuery, variants: [label: string, headers: Record<string, string>][]) => {
      const [api, raw] = ANSWER[name](await post(body, variants[0][1]), (await pool.query(baseline.sql, baseline.params)).rows);
      if (JSON.stringify(api) !== JSON.stringify(raw)) throw new Error(`${name}: the API and the baseline disagree:\n${JSON.stringify(api)}\n${JSON.stringify(raw)}`);
      const callRaw = async () => { await pool.query(baseline.sql, baseline.params); };
      const http = (clients: number, headers: Record<string, string>, seconds = SECONDS) => measureHttp({ url, body, headers, clients, seconds, counters });
      for (const [, headers] of variants) await http(8, headers, 1); // warm-up of each path, not reported
      for (const clients of CLIENTS) {
        const rawFigures = await measureCalls(callRaw, clients, SECONDS);
        for (const [label, headers] of variants) {
          const figures = await http(clients, headers);
          console.log(row(`${name} (API, ${label})`, clients, figures, figures.rps / rawFigures.rps));
        }
        console.log(row(`${name} (raw SQL)`, clients, rawFigures));
      }
    };
    for (const [name, variables] of CASES) {
      // Without a token a public read may come from the response cache; with one it never does (the answer is
      // private), so the token-carrying figures are what a read costs when the cache has just been cleared.
      await compare(name, JSON.stringify({ query: operation(name), variables }), BASELINE[name](variables), [['cached', {}], ['uncached', reader]]);
    }
    // An integrator of one region polling the change feed: the page after the one it read last, as the feed grows.
    const integrator = { authorization: `Bearer ${await benchToken(['integrator'], 'bench-integrator', { regions: [FEED_REGION] })}` };
    const first = await post(JSON.stringify({ query: CHANGES, variables: { first: FEED_PAGE } }), integrator);
    const after = first.changes.pageInfo.endCursor;
    const lastSeen = first.changes.edges[FEED_PAGE - 1].node.id;
    await compare('Changes', JSON.stringify({ query: CHANGES, variables: { after, first: FEED_PAGE } }), changesBaseline(FEED_REGION, lastSeen, FEED_PAGE),
      [["integrator's next page", integrator]]);
    await benchSyncAtScale(pool, post);
    console.log(`RSS of the API process: ${((await counters()).rssBytes / 2 ** 20).toFixed(0)} MiB; of the bench process (database loader, load generator): ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  } finally {
    await pool.end();
    await close();
  }
}

/** Milliseconds to write these regions' products by one hand-written statement each, all at once, rolled back. */
async function rawSyncMs(pool: pg.Pool, batches: [region: string, products: object[]][]): Promise<number> {
  const statements = batches.map(([region, products]) => syncBaseline(region, products, 'bench-baseline'));
  const clients: pg.PoolClient[] = [];
  try {
    while (clients.length < batches.length) clients.push(await pool.connect());
    await Promise.all(clients.map((client) => client.query('begin')));
    const t0 = performance.now();
    await Promise.all(statements.map(({ sql, params }, i) => clients[i].query(sql, params)));
    return performance.now() - t0;
  } finally {
    await Promise.all(clients.map(async (client) => {
      try { await client.query('rollback'); } finally { client.release(); }
    }));
  }
}

/**
 * 10,000-row syncs of new products at this scale: into one region, three times (three regions, one after another:
 * one sync is one sample, and a shared machine's speed wanders), then into two regions at once, each by its
 * region's integrator (the field's integrators sync side by side; batches of different regions take different
 * locks). Beside them the same rows written by one hand-written statement per region, rolled back (so the sync
 * still finds them new). The API's figure also holds what the database side has not: its requests share one
 * Node process (parsing, checks), and it commits, with the change feed and the read models.
 */
async function benchSyncAtScale(pool: pg.Pool, post: (body: string, headers?: Record<string, string>) => Promise<Json>) {
  const sync = async (regions: string[]) => {
    const batches = regions.map((region): [string, object[]] => [region, benchProducts(10_000, 'Z')]);
    const tokens = await Promise.all(regions.map((region) => benchToken(['integrator'], `bench-${region}`, { regions: [region] })));
    const rawMs = await rawSyncMs(pool, batches);
    // each side's input is ready before its clock starts, as the baseline's parameters are
    const bodies = batches.map(([region, products]) => JSON.stringify({ query: operation('SyncLocalProducts'), variables: { region, products } }));
    const t0 = performance.now();
    await Promise.all(batches.map(async ([, products], i) => {
      const data = await post(bodies[i], { authorization: `Bearer ${tokens[i]}` });
      if (data.syncLocalProducts.created !== products.length) throw new Error(`sync not applied: ${JSON.stringify(data).slice(0, 500)}`);
    }));
    const apiMs = performance.now() - t0;
    console.log(`syncLocalProducts of 10,000 new rows into ${regions.join(' and ')}${regions.length > 1 ? ' at once' : ''}: ${syncFigures(regions.length * 10_000, apiMs, rawMs)}`);
    return { apiMs, rawMs };
  };
  const alone = [];
  for (const region of ['JZ01', 'JZ04', 'JZ05']) alone.push(await sync([region]));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1];
  console.log(`  median of the three: ${syncFigures(10_000, median(alone.map((a) => a.apiMs)), median(alone.map((a) => a.rawMs)))}`);
  await sync(['JZ02', 'JZ03']);
}

const syncFigures = (rows: number, apiMs: number, rawMs: number) => {
  const perSecond = (ms: number) => (rows / (ms / 1000)).toFixed(0);
  return `${perSecond(apiMs)} rows/s (${apiMs.toFixed(0)} ms) against ${perSecond(rawMs)} rows/s (${rawMs.toFixed(0)} ms) ` +
    `for one hand-written statement per region: ${(rawMs / apiMs).toFixed(2)}× of raw SQL`;
};

export async function benchScales(scales: number[]) {
  console.log(`national scale ${scales.join(', ')}; ${SECONDS} s per cell; latencies in ms; SQL/rq = statements per request`);
  for (const scale of scales) await benchScale(scale);
}
