/** INTROSPECTION: on by default (the playground needs it); `false` hides the schema and the suggestions that leak it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { startApi, type TestApi } from './helpers/api.js';
import { post } from './helpers/http.js';

let open: TestApi;
let closed: TestApi;
beforeAll(async () => { [open, closed] = await Promise.all([startApi('none'), startApi('none', { INTROSPECTION: 'false' })]); });
afterAll(async () => { await Promise.all([open?.close(), closed?.close()]); });

const INTROSPECT = '{ __schema { queryType { name } } }';
const MISSPELT_FIELD = '{ regions { nme } }';
const MISSPELT_ENUM = 'mutation($p: [LocalProductInput!]!) { syncLocalProducts(region: "JZ11", products: $p, dryRun: true) { applied } }';
const PRODUCT_IN_HOURS = { productCategory: '45', productCode: '45X01', name: 'Behandeling', unit: 'HOURS', tariffCents: 9500, validFrom: '2026-01-01' };

describe('introspection', () => {
  it('is on by default, with suggestions for a misspelt field', async () => {
    expect((await post(open.url, { query: INTROSPECT })).json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const misspelt = await post(open.url, { query: MISSPELT_FIELD });
    expect(misspelt.status).toBe(400);
    expect(misspelt.json.errors[0].message).toBe('Cannot query field "nme" on type "Region". Did you mean "name"?');
    const enumValue = await post(open.url, { query: MISSPELT_ENUM, variables: { p: [PRODUCT_IN_HOURS] } });
    expect(enumValue.json.errors[0].message).toContain('Did you mean the enum value "HOUR"');
  });

  it('with INTROSPECTION=false refuses __schema with 400 and hides every "Did you mean"', async () => {
    const introspect = await post(closed.url, { query: INTROSPECT });
    expect(introspect.status).toBe(400);
    expect(introspect.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspect.json.errors[0].message).toContain('introspection is not allowed');
    const misspelt = await post(closed.url, { query: MISSPELT_FIELD });
    expect(misspelt.status).toBe(400);
    expect(misspelt.json.errors[0].message).toBe('Cannot query field "nme" on type "Region".');
    const enumValue = await post(closed.url, { query: MISSPELT_ENUM, variables: { p: [PRODUCT_IN_HOURS] } });
    expect(enumValue.status).toBe(400);
    expect(enumValue.json.errors[0].message).toMatch(/Value "HOURS" does not exist in "Unit" enum\.$/);
    expect(enumValue.text).not.toContain('Did you mean');
  });

  it('accepts true/false/1/0 and refuses anything else', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'FALSE' }).introspection).toBe(false);
    expect(loadConfig({ INTROSPECTION: '1' }).introspection).toBe(true);
    expect(() => loadConfig({ INTROSPECTION: 'off' })).toThrow(ConfigError);
  });
});
