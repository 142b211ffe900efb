/**
 * Abuse: requests built to exhaust the server. Each must be refused before it runs, with a 4xx and a code that
 * names the limit, while another client's simple query still gets its answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/graphql/limits.js';
import { seedDemo } from '../../src/db/seed/demo.js';
import { startApi, type TestApi } from '../helpers/api.js';
import { operation } from '../helpers/contract.js';
import { INTERNALS, post, type RawResponse } from '../helpers/http.js';
import { bearer, TEST_SECRET } from '../helpers/tokens.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  // The demo products without the demo case records: those take seconds to generate and play no part here.
  await seedDemo(api.db.orm.em.fork());
});
afterAll(async () => { await api?.close(); });

/** `{ regions { municipalities { region { municipalities { … } } } } }`, `levels` fields deep. */
function nested(levels: number): string {
  let selection = 'code';
  for (let level = levels; level > 1; level -= 1) selection = `${level % 2 === 0 ? 'municipalities' : 'region'} { ${selection} }`;
  return `{ regions { ${selection} } }`;
}

/** Allowed once (cost about 6,400, one fiftieth of 200 of them); 200 of them stay under the token limit and must hit the cost limit. */
const heavyField = 'localProducts(category: "45", first: 500) { edges { node { name } } }';

/** Each attack, the status and code it must get, and the words its message must carry. */
const ATTACKS: { name: string; body: unknown; status: number; code: string; says: RegExp }[] = [
  { name: `nesting ${LIMITS.maxDepth + 5} levels deep`, body: { query: nested(LIMITS.maxDepth + 5) }, status: 400, code: 'QUERY_TOO_DEEP', says: /nested more than 10 levels/ },
  {
    name: '1,000 aliases of __typename',
    body: { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
    status: 400, code: 'TOO_MANY_ALIASES', says: /more than 20 aliases/,
  },
  {
    name: '1,000 aliases of a list (over the token limit)',
    body: { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: regions { code }`).join(' ')} }` },
    status: 400, code: 'GRAPHQL_PARSE_FAILED', says: /Document contains more that 4000 tokens/,
  },
  { name: 'first: 1,000,000 in the query', body: { query: '{ localProducts(category: "45", first: 1000000) { totalCount } }' }, status: 400, code: 'BAD_USER_INPUT', says: /first must be from 0 to 500, got 1000000/ },
  { name: 'first: 501 in the query', body: { query: '{ localProducts(category: "45", first: 501) { totalCount } }' }, status: 400, code: 'BAD_USER_INPUT', says: /first must be from 0 to 500, got 501/ },
  {
    name: 'first: 1,000,000 as a variable',
    body: { query: 'query($n: Int) { changes(first: $n) { totalCount } }', variables: { n: 1_000_000 } },
    status: 400, code: 'BAD_USER_INPUT', says: /first must be from 0 to 500/,
  },
  {
    name: 'a fragment cycle',
    body: { query: '{ ...A } fragment A on Query { regions { code } ...B } fragment B on Query { provinces { code } ...A }' },
    status: 400, code: 'GRAPHQL_VALIDATION_FAILED', says: /Cannot spread fragment "A" within itself/,
  },
  { name: 'a batch of two operations', body: [{ query: '{ provinces { code } }' }, { query: '{ provinces { name } }' }], status: 400, code: 'BAD_REQUEST', says: /batching/i },
  {
    // Allowed once; with `first` as a variable it costs as much as written inline.
    name: '200 heavy fields, first as a variable',
    body: { query: `query($n: Int) { ${Array(200).fill(heavyField.replace('first: 500', 'first: $n')).join(' ')} }`, variables: { n: 500 } },
    status: 400, code: 'QUERY_TOO_COSTLY', says: /selects too much at once \(cost above 50000\)/,
  },
  {
    name: '200 heavy fields, first left at its default (100)',
    body: { query: `{ ${Array(200).fill(heavyField.replace(', first: 500', '')).join(' ')} }` },
    status: 400, code: 'QUERY_TOO_COSTLY', says: /selects too much at once \(cost above 50000\)/,
  },
  { name: '200 heavy fields', body: { query: `{ ${Array(200).fill(heavyField).join(' ')} }` }, status: 400, code: 'QUERY_TOO_COSTLY', says: /selects too much at once \(cost above 50000\)/ },
  {
    name: '200 aliased heavy fields',
    body: { query: `{ ${Array.from({ length: 200 }, (_, i) => `h${i}: ${heavyField}`).join(' ')} }` },
    status: 400, code: 'GRAPHQL_PARSE_FAILED', says: /Document contains more that 4000 tokens/,
  },
  { name: 'an unclosed brace', body: { query: '{' }, status: 400, code: 'GRAPHQL_PARSE_FAILED', says: /Syntax Error: Expected Name, found <EOF>/ },
];

/** Each attack's measured outcome, for the operator's notes (printed with ATTACK_REPORT=1). */
const measured: Record<string, { status: number; code: string; ms: number }> = {};

describe('abuse', () => {
  it.each(ATTACKS)('refuses $name with $status $code, fast, saying why and nothing internal', async ({ name, body, status, code, says }) => {
    const response = await post(api.url, body);
    measured[name] = { status: response.status, code: response.json?.errors?.[0]?.extensions?.code, ms: response.ms };
    expect(response.status).toBe(status);
    expect(response.json.data).toBeUndefined();
    expect(response.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain(code);
    expect(response.json.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(says);
    expect(response.text).not.toMatch(/Syntax Error: Query|stacktrace/);
    expect(response.text).not.toMatch(INTERNALS);
  });

  it('still answers the largest pages clients ask for: 500 products of a contract query, 500 changes with every field', async () => {
    const products = await post(api.url, {
      query: operation('LocalProductsForCategory'), variables: { category: '45', first: 500 },
    });
    expect(products.json.errors).toBeUndefined();
    // Category 45 holds a few hundred demo products: all of them come back on the one page.
    expect(products.json.data.localProducts.edges).toHaveLength(products.json.data.localProducts.totalCount);
    expect(products.json.data.localProducts.pageInfo.hasNextPage).toBe(false);
    const changes = await post(api.url, {
      query: `{ changes(first: 500) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
        id batchId entity key region { code name } operation before after principal changedAt } } } }`,
    }, await bearer({ roles: ['admin'] }));
    expect(changes.json.errors).toBeUndefined();
    expect(changes.status).toBe(200);
  });

  it('refuses a 10 MB body with 413 and a JSON error', async () => {
    const response = await post(api.url, { query: '{ provinces { code } }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } });
    measured['a 10 MB body'] = { status: response.status, code: response.json?.errors?.[0]?.extensions?.code, ms: response.ms };
    expect(response.status).toBe(413);
    expect(response.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.json.errors[0].message).toContain('too large');
  });

  it('answers another client\'s simple query while every attack runs at once', async () => {
    const attacks = ATTACKS.flatMap((attack) => [post(api.url, attack.body), post(api.url, attack.body)]);
    const simple: Promise<RawResponse>[] = [];
    for (let i = 0; i < 5; i += 1) simple.push(post(api.url, { query: '{ region(code: "JZ11") { name } }' }));
    const answers = await Promise.all(simple);
    for (const answer of answers) expect(answer.json).toEqual({ data: { region: { name: 'Zuid Kennemerland' } } });
    expect((await Promise.all(attacks)).map((r) => r.status).filter((status) => status < 400 || status >= 500)).toEqual([]);
    measured['simple query during the attacks'] = { status: answers[0].status, code: '', ms: Math.max(...answers.map((a) => a.ms)) };
    if (process.env.ATTACK_REPORT) console.table(measured);
  });
});
