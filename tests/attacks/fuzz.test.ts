/**
 * Fuzzing: thousands of generated requests against every argument of every Query and Mutation field (wrong types,
 * boundary dates, very long strings, unicode, strings that look like injections), as variables and as literals,
 * plus garbage query text. Never a 5xx, never an unexpected error, never internals; the server stays healthy.
 */
import fc from 'fast-check';
import {
  getNamedType, isLeafType, isObjectType, isNonNullType, isInputObjectType, isListType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { seedDemo } from '../../src/db/seed/demo.js';
import { startApi, type TestApi } from '../helpers/api.js';
import { INTERNALS, post, type RawResponse } from '../helpers/http.js';
import { bearer, TEST_SECRET } from '../helpers/tokens.js';

const SEED = 20261124;

const nasty = fc.constantFrom(
  '', ' ', 'JZ11', 'jz11 ', 'GM0363', '0363', '45', '45-BHI', '45V8J', 'PV27', 'JBRA',
  "' OR 1=1 --", "'; drop table region; --", '" or ""="', '$1', '?', '%s%s%s', '${jndi:ldap://x/a}', '{{7*7}}',
  '<script>alert(1)</script>', '../../../etc/passwd', 'C:\\Windows\\win.ini', '\\', '\u0000', 'a\u0000b',
  '\ud800', '🧒🏽‍👧', 'ﷺ', 'مرحبا', 'Ærø', 'İstanbul', '\u202egnp.exe', 'null', 'undefined', 'NaN', '-0', '1e999',
  '2025-13-01', '2025-02-29', '2024-02-29', '0000-01-01', '9999-12-31', '10000-01-01', '-0001-01-01', '1970-01-01',
  '2025-1-1', '2025-06-01T00:00:00Z', '01-06-2025', 'x'.repeat(10_000), 'é'.repeat(5_000),
);
const anyJson = fc.oneof(
  nasty,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.constantFrom(0, -1, 1, 500, 501, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 1.5, -0.0001, 1e308, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
  fc.dictionary(nasty, nasty, { maxKeys: 3 }),
);

/** An object of fuzzed values for these arguments or input fields; the required ones are always there. */
function fieldsOf(fields: readonly { name: string; type: GraphQLInputType }[], depth: number) {
  return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth)])), {
    requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
  });
}

/** A value for an input type: mostly well-typed with nasty contents, sometimes anything at all. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const wellTyped: fc.Arbitrary<unknown> = isListType(inner)
    ? fc.array(valueFor(inner.ofType, depth + 1), { maxLength: depth ? 2 : 4 })
    : isInputObjectType(inner)
      ? fieldsOf(Object.values(inner.getFields()), depth + 1)
      : inner.name === 'Int' ? fc.oneof(fc.integer(), fc.constantFrom(0, -1, 500, 501, 99_999_999, 100_000_000, 2 ** 31 - 1))
        : inner.name === 'Boolean' ? fc.boolean()
          : 'getValues' in inner ? fc.oneof(fc.constantFrom(...inner.getValues().map((v) => v.name)), nasty)
            : inner.name === 'JSON' ? anyJson
              : nasty;
  // Inside lists and objects mostly well-typed, or one bad field would hide the rest of a row from the checks.
  return fc.oneof({ weight: depth ? 15 : 4, arbitrary: wellTyped }, { weight: 1, arbitrary: depth > 1 ? fc.constant(null) : anyJson });
}

/** The leaf fields of a type, so the resolvers run; `__typename` where there are none. */
function leaves(type: GraphQLObjectType): string {
  const names = Object.values(type.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type))).map((f) => f.name);
  return names.length ? names.join(' ') : '__typename';
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const target = getNamedType(field.type);
  return isObjectType(target) ? ` { ${leaves(target)} }` : '';
}

/** GraphQL source text of a JSON value: how a client writes it inline instead of in a variable. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${/^[_A-Za-z]\w*$/.test(k) ? k : 'bad'}: ${literal(v)}`).join(', ')} }`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value) ?? 'null';
}

interface Request { label: string; body: { query: string; variables?: Record<string, unknown> } }

/** For each root field, `runs` requests with every argument fuzzed: half as variables, half written inline. */
function fieldRequests(operation: 'query' | 'mutation', root: GraphQLObjectType, runs: number): Request[] {
  return Object.values(root.getFields()).flatMap((field, f) => {
    const args = fieldsOf(field.args, 0);
    return fc.sample(args, { numRuns: runs, seed: SEED + f }).map((values, i) => {
      const given = Object.entries(values);
      if (i % 2 === 0) {
        const declared = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
        const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const query = `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selectionOf(field)} }`;
        return { label: `${field.name} with variables`, body: { query, variables: values } };
      }
      const inline = given.map(([name, value]) => `${name}: ${literal(value)}`).join(', ');
      return { label: `${field.name} inline`, body: { query: `${operation} { ${field.name}${inline ? `(${inline})` : ''}${selectionOf(field)} }` } };
    });
  });
}

/** Query text that is nearly GraphQL: tokens of the language in random order, with nasty strings in between. */
const garbage = fc.array(fc.oneof(
  fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '$', '!', '...', '@', '=', 'query', 'mutation', 'fragment', 'on', 'regions',
    'region', 'code', 'translate', 'first', '__schema', '__typename', '"', '"""', '#', '\n', ','),
  nasty.map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 8 }),
), { maxLength: 40 }).map((tokens) => tokens.join(' '));

let api: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  // The demo products without the demo case records: those take seconds to generate and play no part here.
  await seedDemo(api.db.orm.em.fork());
  admin = await bearer({ sub: 'fuzzer', roles: ['admin'] });
});
afterAll(async () => { await api?.close(); });

/** Sends the requests a few at a time; returns every response that breaks a rule. */
async function sendAll(requests: Request[], headers: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const check = (request: Request, response: RawResponse) => {
    const codes: string[] = (response.json?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
    if (response.status >= 500 || response.json === undefined || codes.includes('INTERNAL_SERVER_ERROR') || INTERNALS.test(response.text)) {
      problems.push(`${request.label}: ${response.status} ${response.text.slice(0, 300)} <- ${JSON.stringify(request.body).slice(0, 300)}`);
    }
  };
  const statuses: Record<number, number> = {};
  const queue = [...requests];
  await Promise.all(Array.from({ length: 6 }, async () => {
    for (let request = queue.shift(); request; request = queue.shift()) {
      const response = await post(api.url, request.body, headers);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      check(request, response);
    }
  }));
  if (process.env.ATTACK_REPORT) console.info(requests.length, 'requests, by status:', statuses);
  return problems;
}

describe('what fuzzing found', () => {
  it('refuses text holding the NUL character with 400, naming where, instead of failing in PostgreSQL', async () => {
    const literal = await post(api.url, { query: '{ region(code: "JZ\\u000011") { code } }' });
    expect(literal.status).toBe(400);
    expect(literal.json.errors[0]).toMatchObject({ message: 'code contains the NUL character (U+0000), which text may not hold', extensions: { code: 'BAD_USER_INPUT' } });
    const variable = await post(api.url, {
      query: 'mutation($p: [LocalProductInput!]!) { syncLocalProducts(region: "JZ11", products: $p, dryRun: true) { applied } }',
      variables: { p: [{ productCategory: '45', productCode: '45X01', name: 'Be\u0000handeling', unit: 'HOUR', tariffCents: 9500, validFrom: '2026-01-01' }] },
    }, admin);
    expect(variable.status).toBe(400);
    expect(variable.json.errors[0].message).toBe('$p[0].name contains the NUL character (U+0000), which text may not hold');
    // the same row as the variable's default, written in the query text
    const byDefault = await post(api.url, {
      query: 'mutation($p: [LocalProductInput!]! = [{ productCategory: "45", productCode: "45X01", name: "Be\\u0000handeling", unit: HOUR, tariffCents: 9500, validFrom: "2026-01-01" }]) { syncLocalProducts(region: "JZ11", products: $p) { applied } }',
    }, admin);
    expect(byDefault.status).toBe(400);
    expect(byDefault.json.errors[0].message).toBe('$p contains the NUL character (U+0000), which text may not hold');
  });

  it('refuses a lone UTF-16 surrogate (half an emoji) with 400, naming where, and writes nothing', async () => {
    const stored = async () => (await api.db.orm.em.fork().execute<{ n: number }[]>(
      `select count(*)::int as n from local_product where region_code = 'JZ11' and product_code = '45X02'`))[0].n;
    const sync = (name: string) => post(api.url, {
      query: 'mutation($p: [LocalProductInput!]!) { syncLocalProducts(region: "JZ11", products: $p) { applied created } }',
      variables: { p: [{ productCategory: '45', productCode: '45X02', name, unit: 'HOUR', tariffCents: 9500, validFrom: '2026-01-01', mappings: [{ category: '45-BHI' }] }] },
    }, admin);
    // '😀' cut in half, as a client truncating UTF-16 text sends it; JSON carries it as the escape \ud83d
    const half = '😀'.slice(0, 1);
    const refused = await sync(`Behandeling ${half}`);
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0]).toMatchObject({
      message: '$p[0].name contains a lone UTF-16 surrogate (half of a character), which is not Unicode text', extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await stored()).toBe(0);
    // the whole character is text like any other
    expect((await sync('Behandeling 😀')).json.data.syncLocalProducts).toEqual({ applied: true, created: 1 });
    expect(await stored()).toBe(1);
  });

  it('refuses variables nested thousands deep with 400, not a 500', async () => {
    // Written out by hand: JSON.stringify itself runs out of stack on it.
    const deep = `{"query":"{ provinces { code } }","variables":{"unused":${'['.repeat(5_000)}"x"${']'.repeat(5_000)}}}`;
    const response = await post(api.url, deep);
    expect(response.status).toBe(400);
    expect(response.json.errors[0]).toMatchObject({ message: 'variables nest deeper than 64 levels', extensions: { code: 'BAD_USER_INPUT' } });
    // The deepest real input, a membership file, is far from the limit.
    let shallow: unknown = 'x';
    for (let i = 0; i < 10; i++) shallow = { a: [shallow] };
    expect((await post(api.url, { query: '{ provinces { code } }', variables: { unused: shallow } })).status).toBe(200);
  });

  it('refuses the year 0000, which PostgreSQL has not, as a bad date', async () => {
    const response = await api.gql('{ region(code: "JZ11") { municipalities(on: "0000-01-01") { code } } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('"0000-01-01" is not a calendar date: the year is 0001 to 9999');
  });
});

describe('fuzzing', () => {
  it('answers thousands of generated queries without a 5xx, an unexpected error or internals', async () => {
    const requests = [
      ...fieldRequests('query', schema.getQueryType()!, 120),
      ...fc.sample(garbage, { numRuns: 600, seed: SEED }).map((query) => ({ label: 'garbage', body: { query } })),
    ];
    expect(requests.length).toBeGreaterThan(2000);
    expect(await sendAll(requests, {})).toEqual([]);
  });

  it('answers generated writes by an admin the same way', async () => {
    const requests = fieldRequests('mutation', schema.getMutationType()!, 300);
    expect(requests.length).toBeGreaterThan(800);
    expect(await sendAll(requests, admin)).toEqual([]);
  });

  it('is healthy afterwards', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect(await api.gql('{ region(code: "JZ11") { code municipalities(on: "2025-06-01") { code } } }')).toMatchObject({
      data: { region: { code: 'JZ11', municipalities: expect.arrayContaining([{ code: 'GM0392' }]) } },
    });
  });
});
