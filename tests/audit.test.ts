/** The audit log: every write, who, what, when and how it ended; only admins read it; it never holds a batch's rows or a token. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

let api: TestApi;
let integrator: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  integrator = await bearer({ sub: 'gemeente-alkmaar-sync', roles: ['integrator'], regions: ['JZ06'] });
  admin = await bearer({ sub: 'beheerder', roles: ['admin'] });
});
afterAll(() => api?.close());

const SYNC = `mutation($region: ID!, $products: [LocalProductInput!]!, $dryRun: Boolean) {
  syncLocalProducts(region: $region, products: $products, dryRun: $dryRun) { applied created updated unchanged errors { index } } }`;
const LOG = `query($subject: String, $first: Int) { auditLog(subject: $subject, first: $first) {
  totalCount edges { node { id at subject roles operation target counts outcome } } } }`;

const product = (code: string, name = 'Geheime productnaam') => ({
  productCategory: '45', productCode: code, name, unit: 'HOUR', tariffCents: 9500, validFrom: '2025-01-01',
});

describe('the audit log', () => {
  it('records each write with its subject, scalar arguments, counts and outcome, newest first', async () => {
    await api.gql(SYNC, { region: 'JZ06', products: [product('45A01'), product('45A02')], dryRun: true }, integrator);
    await api.gql(SYNC, { region: 'JZ06', products: [product('45A01'), product('45A02')] }, integrator);
    await api.gql(SYNC, { region: 'JZ06', products: [product('45A03'), product('', 'x')] }, integrator);
    await api.gql(SYNC, { region: 'JZ11', products: [product('45A04')] }, integrator);
    await api.gql(SYNC, { region: 'JZ06', products: [product('45A05')] });
    await api.gql(`{ regions { code } }`); // reads of reference data are not audited

    const log = await api.gql(LOG, { first: 10 }, admin);
    expect(log.errors).toBeUndefined();
    const events = log.data.auditLog.edges.map((e: { node: object }) => e.node);
    expect(log.data.auditLog.totalCount).toBe(5);
    const shape = events.map(({ subject, roles, operation, target, counts, outcome }: Record<string, unknown>) => ({ subject, roles, operation, target, counts, outcome }));
    expect(shape).toEqual([
      { subject: null, roles: [], operation: 'syncLocalProducts', target: { region: 'JZ06' }, counts: {}, outcome: 'UNAUTHENTICATED' },
      { subject: 'gemeente-alkmaar-sync', roles: ['integrator'], operation: 'syncLocalProducts', target: { region: 'JZ11' }, counts: {}, outcome: 'FORBIDDEN' },
      { subject: 'gemeente-alkmaar-sync', roles: ['integrator'], operation: 'syncLocalProducts', target: { region: 'JZ06' },
        counts: { applied: false, created: 0, updated: 0, unchanged: 0, rowErrors: 1 }, outcome: 'REJECTED' },
      { subject: 'gemeente-alkmaar-sync', roles: ['integrator'], operation: 'syncLocalProducts', target: { region: 'JZ06' },
        counts: { applied: true, created: 2, updated: 0, unchanged: 0, rowErrors: 0 }, outcome: 'APPLIED' },
      { subject: 'gemeente-alkmaar-sync', roles: ['integrator'], operation: 'syncLocalProducts', target: { region: 'JZ06', dryRun: true },
        counts: { applied: false, created: 2, updated: 0, unchanged: 0, rowErrors: 0 }, outcome: 'DRY_RUN' },
    ]);
    expect(new Date(events[0].at).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // Nothing of the rows, and no token, in the stored events.
    const stored = JSON.stringify(await api.db.orm.em.fork().execute('select * from audit_event'));
    expect(stored).not.toContain('Geheime productnaam');
    expect(stored).not.toContain('45A01');
    expect(stored).not.toContain(integrator.authorization.slice(7, 40));
  });

  it('is for admins only', async () => {
    expect((await api.gql(LOG, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(LOG, {}, integrator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analyst = await bearer({ roles: ['analyst'] });
    expect((await api.gql(LOG, {}, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mine = await api.gql(LOG, { subject: 'beheerder' }, admin);
    expect(mine.data.auditLog.totalCount).toBe(0); // reading the log is not itself a write
  });

  it('counts the log only when totalCount is asked for', async () => {
    const page = (fields: string) => `{ auditLog(first: 500) { ${fields} edges { node { id } } } }`;
    const counted = await api.countStatements(page('totalCount'), {}, admin);
    const uncounted = await api.countStatements(page(''), {}, admin);
    expect(counted.response.data.auditLog.totalCount).toBe(counted.response.data.auditLog.edges.length);
    expect(uncounted.response.data.auditLog).toEqual({ edges: counted.response.data.auditLog.edges });
    expect(uncounted.statements).toBe(counted.statements - 1);
    const twice = await api.countStatements('{ auditLog(first: 500) { a: totalCount b: totalCount edges { node { id } } } }', {}, admin);
    expect(twice.response.data.auditLog).toMatchObject({ a: counted.response.data.auditLog.totalCount, b: counted.response.data.auditLog.totalCount });
    expect(twice.statements).toBe(counted.statements);
  });
});
