/** Every example a newcomer is shown (README.md's GraphQL blocks, the playground's tabs) answers with data and finds something. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTabs } from '../src/graphql/playground.js';
import { startApi, type TestApi } from './helpers/api.js';
import { post } from './helpers/http.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const README_EXAMPLES = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
const TABS = exampleTabs(readFileSync(new URL('../src/graphql/contract.graphql', import.meta.url), 'utf8'));

let api: TestApi;
let integrator: Record<string, string>;
let analyst: Record<string, string>;
beforeAll(async () => {
  api = await startApi('demo', { JWT_SECRET: TEST_SECRET });
  integrator = await bearer({ sub: 'readme-reader', roles: ['integrator'], regions: ['JZ11'] });
  analyst = await bearer({ sub: 'dashboard', roles: ['analyst'] });
});
afterAll(async () => { await api?.close(); });

/** An example that finds nothing teaches nothing: each root field holds something, a translation is found, a connection counts rows. */
function emptyRoots(data: Record<string, unknown>): string[] {
  return Object.entries(data).filter(([, value]) => {
    if (value === null || (Array.isArray(value) && value.length === 0)) return true;
    const record = value as Record<string, unknown>;
    return record.found === false || record.totalCount === 0;
  }).map(([root]) => root);
}

describe('README examples', () => {
  it('are there: the reading examples and the sync example', () => {
    expect(README_EXAMPLES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(README_EXAMPLES.map((query, i) => [i + 1, query]))('example %i answers with data and finds something', async (_n, query) => {
    const mutation = /^\s*mutation\b/.test(query);
    // A mutation example is run as shown, and it must be a dry run, so a reader trying it writes nothing.
    if (mutation) expect(query).toContain('dryRun: true');
    const response = await post(api.url, { query }, mutation ? integrator : {});
    expect(response.json.errors).toBeUndefined();
    expect(emptyRoots(response.json.data)).toEqual([]);
    if (mutation) expect(Object.values(response.json.data)).toEqual([expect.objectContaining({ applied: false, errors: [] })]);
  });
});

describe('playground tabs', () => {
  it.each(TABS.map((tab) => [tab.query.match(/query (\w+)/)![1], tab]))('%s answers with data and finds something', async (_name, tab) => {
    // The monitor's tab tells how to get an analyst token; the other tabs work without one.
    const headers = /protectionMonitor/.test(tab.query) ? analyst : {};
    const response = await post(api.url, { query: tab.query, variables: JSON.parse(tab.variables) }, headers);
    expect(response.json.errors).toBeUndefined();
    expect(emptyRoots(response.json.data)).toEqual([]);
  });
});
