/**
 * Traces: one request's spans form the tree HTTP > GraphQL operation > resolver > SQL statement, every SQL
 * statement has its span, and no span carries a variable value, a token or a literal of the SQL. Tracing is
 * started before the app loads (as src/observability/instrument.ts does), with an in-memory exporter in
 * place of OTLP.
 */
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, withoutLiterals, type Tracing } from '../src/observability/tracing.js';

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let api: import('./helpers/api.js').TestApi;
let operation: (name: string) => string;
let sqlCounter: { count: number };
let authorization: string;

beforeAll(async () => {
  tracing = startTracing(new SimpleSpanProcessor({ exporter }), 'test');
  // Loaded only now, so that the instrumentations see http, graphql and pg load.
  ({ operation } = await import('./helpers/contract.js'));
  ({ sqlCounter } = await import('../src/db/sqlCounter.js'));
  const { startApi } = await import('./helpers/api.js');
  const { TEST_SECRET, bearer } = await import('./helpers/tokens.js');
  api = await startApi('demo', { JWT_SECRET: TEST_SECRET });
  ({ authorization } = await bearer({ sub: 'trace-test', roles: ['admin'] }));
});
afterAll(async () => {
  await api?.close();
  await tracing?.shutdown();
});

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const attributes = (spans: ReadableSpan[]) => JSON.stringify(spans.map((s) => [s.name, s.attributes]));

describe('traces', () => {
  it('one request: HTTP server span > GraphQL operation > resolver > every SQL statement, with no values', async () => {
    exporter.reset();
    const before = sqlCounter.count;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01`, authorization },
      body: JSON.stringify({ query: operation('Region'), variables: { code: 'JZ06', on: '2021-06-01' } }),
    });
    const body = (await response.json()) as { data: { region: { name: string; municipalities: unknown[] } } };
    expect(body.data.region.name).toBe('Alkmaar (Noord-Kennemerland)');
    const statements = sqlCounter.count - before;
    await new Promise((resolve) => setTimeout(resolve, 50));

    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === TRACE_ID);
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parent = (s: ReadableSpan) => byId.get(s.parentSpanContext?.spanId ?? '');
    const ancestors = (s: ReadableSpan) => { const up = []; for (let p = parent(s); p; p = parent(p)) up.push(p); return up; };

    // The caller's traceparent is the parent of the server's span: the trace continues the caller's.
    const http = spans.filter((s) => s.kind === SpanKind.SERVER);
    expect(http).toHaveLength(1);
    expect(http[0].parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(http[0].attributes['http.response.status_code']).toBe(200);

    const query = spans.find((s) => s.name === 'query Region')!;
    expect(parent(query)).toBe(http[0]);
    const region = spans.find((s) => s.name === 'graphql.resolve region')!;
    expect(parent(region)).toBe(query);
    const municipalities = spans.find((s) => s.name === 'graphql.resolve region.municipalities')!;
    expect(parent(municipalities)).toBe(region);

    // Every statement the request sent has its span, under a resolver of this request.
    const sql = spans.filter((s) => s.name.startsWith('pg.query'));
    expect(sql).toHaveLength(statements);
    for (const statement of sql) expect(ancestors(statement).some((s) => s.name.startsWith('graphql.resolve'))).toBe(true);
    // The region and its members come in one statement, sent by the root resolver.
    expect(sql.some((s) => ancestors(s).includes(region))).toBe(true);
    expect(sql.every((s) => typeof s.attributes['db.query.text'] === 'string')).toBe(true);

    // No value of the request: not the region, not the date, not the token.
    const all = attributes(spans);
    for (const value of ['JZ06', '2021-06-01', authorization.slice(7), 'trace-test']) expect(all).not.toContain(value);
  });

  it('keeps the path of a URL, not its query string', async () => {
    exporter.reset();
    await fetch(`${api.url}/graphql?query=%7Bprovinces%7Bcode%7D%7D&variables=%7B%22secret%22%3A%22GEHEIM-Q7%22%7D`, { headers: { accept: 'application/json' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const server = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER);
    expect(server).toHaveLength(1);
    expect(server[0].attributes['url.path']).toBe('/graphql');
    expect(attributes(server)).not.toContain('GEHEIM');
  });

  it('probes are not traced', async () => {
    exporter.reset();
    for (const path of ['/healthz', '/readyz', '/metrics']) expect((await fetch(`${api.url}${path}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER)).toHaveLength(0);
  });
});

describe('withoutLiterals', () => {
  it('replaces strings, dollar-quoted strings and numbers, and keeps names and $n placeholders', () => {
    expect(withoutLiterals(`select a_1, t.x2 from unnest(array['JZ06']::text[]) t where d = '2021-06-01' and n = -3.5 and s = 'it''s' and b = $1 limit 10`))
      .toBe(`select a_1, t.x2 from unnest(array[?]::text[]) t where d = ? and n = ? and s = ? and b = $1 limit ?`);
    expect(withoutLiterals(`select $tag$pseudoniem-1$tag$, E'x\\ny', 1e5`)).toBe(`select ?, ?, ?`);
  });
});
