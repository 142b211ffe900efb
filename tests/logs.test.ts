/**
 * The log: one line per request with what an operator needs, and never a variable, a token or a pseudonym.
 * Every contract operation the schema has is run (with a token) and everything the process printed is searched.
 */
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlCounter } from '../src/db/sqlCounter.js';
import { schema } from '../src/graphql/schema.js';
import { logger } from '../src/observability/logger.js';
import { startApi, type TestApi } from './helpers/api.js';
import { captureOutput, type Capture } from './helpers/capture.js';
import { TEST_SECRET, token } from './helpers/tokens.js';

const PSEUDONYM = 'pseudoniem-7f3a9c1e5b';

/** Variables for every contract operation; strings chosen so that any of them in the log would stand out. */
const VARIABLES: Record<string, object> = {
  Provinces: {},
  RegionsInProvince: { province: 'PV27', on: '2023-06-01' },
  Region: { code: 'JZ06', on: '2021-06-01' },
  Municipality: { code: 'GM0398', on: '2021-06-01' },
  CertifiedInstitutions: {},
  Categories: {},
  Translate: { region: 'JZ11', productCategory: '45', productCode: '45A01', on: '2025-06-01' },
  LocalProductsForCategory: { category: '45-BHI', regions: ['JZ11'], first: 5 },
  CompareRegions: { category: '45-BHI', regions: ['JZ11'] },
  MappingCoverage: { on: '2025-06-01' },
  Unmapped: { region: 'JZ11' },
  SyncLocalProducts: { region: 'JZ11', products: [{ productCategory: '45', productCode: 'LOGQ7', name: 'Geheime productnaam Q7',
    unit: 'HOUR', tariffCents: 12345, validFrom: '2026-02-01', mappings: [{ category: '45-BHI' }] }] },
  RecordMeasures: { institution: 'JBW', measures: [{ externalId: 'maatregel-extern-Q7', client: PSEUDONYM, municipality: 'GM0392', type: 'OTS', start: '2025-01-01' }] },
  RecordYouthHelp: { region: 'JZ11', items: [{ externalId: 'hulp-extern-Q7', client: PSEUDONYM, municipality: 'GM0392', productCategory: '45',
    productCode: '45A01', requested: '2025-01-01', start: '2025-02-01' }] },
  ProtectionMonitor: { regions: ['JZ11'], from: '2025-01-01', to: '2025-12-31' },
  ReportWaiting: { region: 'JZ11', date: '2025-06-01', count: 17, source: 'wachtlijstbron-geheim-Q7' },
  WaitingReported: { on: '2025-06-01' },
  SyncProviders: { providers: [{ code: 'LOGPRV', name: 'Aanbieder geheim Q7', agbCode: '98765432', categories: ['45-BHI'], regions: ['JZ11'] }] },
  ReportAvailability: { provider: 'LOGPRV', items: [{ category: '45-BHI', region: 'JZ11', freePlaces: 3, waitingCount: 4, expectedWaitDays: 21 }] },
  Availability: { category: '45-BHI', region: 'JZ11' },
};

const contract = parse(readFileSync(new URL('../src/graphql/contract.graphql', import.meta.url), 'utf8'))
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
/** The contract operations this version of the schema answers (the monitor's come with their issue). */
const runnable = contract.filter((op) => {
  const fields = (op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType())!.getFields();
  return op.selectionSet.selections.every((selection) => selection.kind === 'Field' && fields[selection.name.value]);
});

/** Every string in a value, however deeply nested. */
const strings = (value: unknown): string[] => typeof value === 'string' ? [value]
  : Array.isArray(value) ? value.flatMap(strings)
  : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

let api: TestApi;
let capture: Capture;
let adminToken: string;
const ran: { name: string; type: string; requestId: string; errors?: unknown }[] = [];

beforeAll(async () => {
  logger.level = 'info';
  capture = captureOutput();
  api = await startApi('demo', { JWT_SECRET: TEST_SECRET });
  adminToken = await token({ sub: 'log-test-admin', roles: ['admin'] });
  for (const op of runnable) {
    const name = op.name!.value;
    const requestId = `log-test-${name}`;
    const response = await api.gql(print(op), VARIABLES[name], { authorization: `Bearer ${adminToken}`, 'x-request-id': requestId });
    ran.push({ name, type: op.operation, requestId, errors: response.errors });
  }
});
afterAll(async () => {
  capture?.stop();
  await api?.close();
  const skipped = contract.filter((op) => !runnable.includes(op)).map((op) => op.name!.value);
  if (skipped.length) console.info(`contract operations the schema does not have yet (not run): ${skipped.join(', ')}`);
});

describe('the request log', () => {
  it('runs every contract operation the schema has, each answered without errors', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(12);
    for (const op of runnable) expect(VARIABLES[op.name!.value], `variables for ${op.name!.value}`).toBeDefined();
    for (const { name, errors } of ran) expect(errors, name).toBeUndefined();
  });

  it('has one line per request with operation, type, status, SQL statements and the caller', async () => {
    for (const { name, type, requestId } of ran) {
      const line = await capture.requestLine(requestId);
      expect(line).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, operation: name, operationType: type,
        callerSubject: 'log-test-admin', callerRoles: ['admin'] });
      expect(line.durationMs).toBeGreaterThan(0);
      expect(line.sqlStatements).toBeGreaterThan(0);
      expect(line.errorCodes).toBeUndefined();
      expect(capture.lines().filter((l) => l.requestId === requestId)).toHaveLength(1);
    }
  });

  it('contains no variable value, no token and no pseudonym', () => {
    const log = capture.text();
    expect(log).toContain('log-test-admin'); // the capture did see the server's lines
    const secrets = [adminToken, TEST_SECRET, PSEUDONYM, ...ran.flatMap(({ name }) => strings(VARIABLES[name]))].filter((s) => s.length >= 5);
    for (const secret of new Set(secrets)) expect(log.includes(secret), `log contains "${secret}"`).toBe(false);
  });

  it('a rejected variable is answered with its value, and the log line has the error code but not the value', async () => {
    const bad = 'kapotte-datum-Q7';
    const response = await api.gql(print(runnable.find((op) => op.name!.value === 'Region')!), { code: 'JZ06', on: bad }, { 'x-request-id': 'log-test-bad-date' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const line = await capture.requestLine('log-test-bad-date');
    expect(line.errorCodes).toEqual(['BAD_USER_INPUT']);
    expect(line.callerSubject).toBeUndefined();
    expect(capture.text()).not.toContain(bad);
  });

  it('a query over GET: the line has the path without the query string, so without its variables', async () => {
    const url = new URL(`${api.url}/graphql`);
    url.searchParams.set('query', print(runnable.find((op) => op.name!.value === 'Region')!));
    url.searchParams.set('variables', JSON.stringify({ code: 'JZ06', on: '2021-06-01' }));
    const response = await fetch(url, { headers: { accept: 'application/json', 'x-request-id': 'log-test-get' } });
    expect(((await response.json()) as { data: { region: { code: string } } }).data.region.code).toBe('JZ06');
    const line = await capture.requestLine('log-test-get');
    expect(line).toMatchObject({ method: 'GET', path: '/graphql', status: 200, operation: 'Region', operationType: 'query' });
    expect(JSON.stringify(line)).not.toContain('2021-06-01');
  });

  it('a document with several operations: the line names the one that ran', async () => {
    const response = await (await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-two' },
      body: JSON.stringify({ query: 'query A { provinces { code } } query B { categories { code } }', operationName: 'B' }),
    })).json() as { data: { categories: unknown[] }; errors?: unknown };
    expect(response.errors).toBeUndefined();
    expect(response.data.categories.length).toBeGreaterThan(5);
    expect(await capture.requestLine('log-test-two')).toMatchObject({ status: 200, operation: 'B', operationType: 'query' });
  });

  it('an operation name the document does not define: a client error, logged with its code', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-no-such-op' },
      body: JSON.stringify({ query: 'query A { provinces { code } } query B { categories { code } }', operationName: 'C' }),
    });
    expect(response.status).toBe(400);
    const code = ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
    expect(code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(await capture.requestLine('log-test-no-such-op')).toMatchObject({ status: 400, errorCodes: [code] });
  });

  it('counts exactly the SQL statements of its own request', async () => {
    const before = sqlCounter.count;
    await api.gql('query Counted { provinces { code regions { code } } }', {}, { 'x-request-id': 'log-test-count' });
    const sent = sqlCounter.count - before;
    expect((await capture.requestLine('log-test-count')).sqlStatements).toBe(sent);
  });

  it('returns the request id: the caller\'s x-request-id, the trace id of a traceparent, or a new one', async () => {
    const ask = (headers: Record<string, string>) => fetch(`${api.url}/graphql`, { method: 'POST',
      headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ provinces { code } }' }) });
    expect((await ask({ 'x-request-id': 'abc-123' })).headers.get('x-request-id')).toBe('abc-123');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    expect((await ask({ traceparent })).headers.get('x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    const fresh = (await ask({ 'x-request-id': 'not "plain"; drop table' })).headers.get('x-request-id');
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
  });
});
