/**
 * What a dashboard on another origin and an analyst with a spreadsheet meet: CORS, urql's default client
 * (queries over GET), compression, the schema download and the CSV exports.
 */
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { insertProducts } from './helpers/products.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi('reference', { CORS_ORIGINS: 'https://dashboard.jeugdregio.example' });
  // Ambulatory treatment (45-BHI) in two regions, tariffs chosen so the medians are plain to check.
  await insertProducts(api.db, [
    { region: 'JZ11', productCategory: '45', productCode: '45A01', name: 'Behandeling; individueel', unit: 'HOUR', tariffCents: 9500, validFrom: '2025-01-01', mappings: [['45-BHI', 'EQUIVALENT']] },
    { region: 'JZ11', productCategory: '45', productCode: '45A02', name: 'Behandeling groep', unit: 'HOUR', tariffCents: 4550, validFrom: '2025-01-01', mappings: [['45-BHI', 'EQUIVALENT']] },
    { region: 'JZ24', productCategory: '45', productCode: '45B01', name: 'Ambulant "intensief"', unit: 'MINUTE', tariffCents: 200, validFrom: '2025-01-01', mappings: [['45-BHI', 'EQUIVALENT']] },
  ]);
});
afterAll(() => api?.close());

const ORIGIN = 'https://dashboard.jeugdregio.example';

describe('a dashboard on another origin', () => {
  it('passes the CORS preflight for a POST with a bearer token, and reads the answer', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ region(code: "JZ11") { name } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await response.json()).toEqual({ data: { region: { name: 'Zuid Kennemerland' } } });
  });

  it('gives an origin that is not allowed no CORS headers', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("works with urql's default client, which sends queries as GET", async () => {
    const requests: string[] = [];
    const client = new Client({
      url: `${api.url}/graphql`, exchanges: [cacheExchange, fetchExchange],
      fetch: (input, init) => {
        requests.push(`${init?.method ?? 'GET'} ${String(input).split('?')[0]}`);
        return fetch(input, init);
      },
    });
    const result = await client.query('query Provinces { provinces { code name } }', {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.provinces).toHaveLength(12);
    expect(requests).toEqual([`GET ${api.url}/graphql`]);
    // A mutation over GET stays refused.
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { loadRegionMembership(data: {}) { applied } }')}`);
    expect(get.status).toBe(405);
  });

  it('compresses answers for clients that accept it', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ regions { code name municipalities { code name } } }' }),
    });
    expect(response.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    expect((await response.json()).data.regions).toHaveLength(42);
  });
});

describe('downloads', () => {
  it('serves the schema as SDL that codegen can build', async () => {
    const response = await fetch(`${api.url}/schema.graphql`);
    expect(response.status).toBe(200);
    const schema = buildSchema(await response.text());
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['region', 'translate', 'compareRegions']));
  });

  const csv = async (path: string) => {
    const response = await fetch(`${api.url}${path}`);
    const body = Buffer.from(await response.arrayBuffer());
    return { response, body, rows: parseCsv(body.subarray(3), { delimiter: ';', columns: true }) as Record<string, string>[] };
  };

  it('exports a comparison as a CSV Dutch Excel opens: BOM, semicolons, decimal commas', async () => {
    const { response, body, rows } = await csv('/export/compare-regions.csv?category=45-bhi&regions=JZ11,jz24&on=2025-06-01');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="compare-regions-2025-06-01.csv"');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // JZ11: 95.00 and 45.50 an hour, median their mean 70.25; JZ24: 2.00 a minute = 120.00 an hour.
    expect(rows).toEqual([
      { region: 'JZ11', regionName: 'Zuid Kennemerland', productCount: '2', unit: 'HOUR', tariffCount: '2', minEuro: '45,50', medianEuro: '70,25', maxEuro: '95,00' },
      { region: 'JZ24', regionName: expect.any(String), productCount: '1', unit: 'HOUR', tariffCount: '1', minEuro: '120,00', medianEuro: '120,00', maxEuro: '120,00' },
    ]);
  });

  it('exports local products with fields that hold semicolons and quotes intact', async () => {
    const { rows } = await csv('/export/local-products.csv?category=45-BHI&on=2025-06-01');
    expect(rows.map((r) => [r.region, r.productCode, r.name, r.tariffEuro, r.mappings])).toEqual([
      ['JZ11', '45A01', 'Behandeling; individueel', '95,00', '45-BHI:EQUIVALENT'],
      ['JZ11', '45A02', 'Behandeling groep', '45,50', '45-BHI:EQUIVALENT'],
      ['JZ24', '45B01', 'Ambulant "intensief"', '2,00', '45-BHI:EQUIVALENT'],
    ]);
  });

  it('exports mapping coverage for every region, and answers a bad argument with a JSON error', async () => {
    const { rows } = await csv('/export/mapping-coverage.csv?on=2025-06-01');
    expect(rows).toHaveLength(42);
    expect(rows.find((r) => r.region === 'JZ11')).toMatchObject({ productCount: '2', mappedCount: '2', unmappedCount: '0' });
    const bad = await fetch(`${api.url}/export/compare-regions.csv?category=99-XYZ`);
    expect(bad.status).toBe(404);
    expect((await bad.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('caching', () => {
  const get = (query: string, headers: Record<string, string> = {}) => fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`, { headers });

  it('lets browsers and CDNs keep reference data an hour and products five minutes, and answers 304 when unchanged', async () => {
    const reference = await get('{ region(code: "JZ11") { name municipalities { code } } }');
    expect(reference.headers.get('cache-control')).toBe('max-age=3600, public');
    const etag = reference.headers.get('etag')!;
    // A browser revalidating sends If-None-Match; fetch() would add `cache-control: no-cache` unless told otherwise.
    const revalidated = await get('{ region(code: "JZ11") { name municipalities { code } } }', { 'if-none-match': etag, 'cache-control': 'max-age=0' });
    expect(revalidated.status).toBe(304);

    const mixed = await get('{ region(code: "JZ11") { name } localProducts(category: "45-BHI") { totalCount } }');
    expect(mixed.headers.get('cache-control')).toBe('max-age=300, public');
  });

  it('never lets a shared cache keep an answer to a request with a token, or one needing a token', async () => {
    const withToken = await get('{ region(code: "JZ11") { name } }', { authorization: 'Bearer anything' });
    expect(withToken.headers.get('cache-control')).toBe('max-age=3600, private');
    const feed = await get('{ changes(first: 1) { totalCount } }');
    expect(feed.headers.get('cache-control')).toBe('no-store');
  });
});

describe('automatic persisted queries', () => {
  it('answer a hash the server does not know with PERSISTED_QUERY_NOT_FOUND, then serve it by hash over GET', async () => {
    const { createHash } = await import('node:crypto');
    const query = '{ province(code: "PV27") { code name } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const byHash = () => fetch(`${api.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`).then((r) => r.json());
    expect((await byHash()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, extensions }),
    });
    expect((await registered.json()).data.province.code).toBe('PV27');
    expect(await byHash()).toEqual({ data: { province: { code: 'PV27', name: 'Noord-Holland' } } });
  });
});
