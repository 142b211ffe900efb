/**
 * protectionMonitor with disclosure control at its default (SUPPRESS_BELOW=5), analyst scoping, and its statement
 * count. Hand-built set in IJmond (JZ10, Velsen 0453), P = 2024-01-01 .. 2024-12-31.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { help, measure, PROTECTION_MONITOR, record } from './helpers/monitor.js';
import { insertProducts } from './helpers/products.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const product = (productCode: string, category: string) => ({
  region: 'JZ10', productCategory: productCode.slice(0, 2), productCode, name: category, unit: 'HOUR', tariffCents: 9000,
  validFrom: '2021-01-01', mappings: [[category, 'EQUIVALENT']] as [string, string][],
});

const MEASURES = [
  ...range(12).map((i) => measure(`O${i}`, `c${i}`, '0453', 'OTS', '2023-01-01')), //        OTS active at start and at end: 12
  ...range(3).map((i) => measure(`N${i}`, `n${i}`, '0453', 'OTS', '2024-03-01')), //         OTS inflow: 3 (small)
  ...range(6).map((i) => measure(`V${i}`, `v${i}`, '0453', 'VOOGDIJ', '2023-01-01', '2024-06-30')), // VOOGDIJ at start, outflow: 6
  ...range(2).map((i) => measure(`W${i}`, `w${i}`, '0453', 'VOOGDIJ', '2023-01-01')), //      VOOGDIJ at start and at end: 2 (small)
  ...range(2).map((i) => measure(`J${i}`, `j${i}`, '0453', 'JEUGDRECLASSERING', '2024-02-01')), // JR: total 2 (small)
];
const ITEMS = [
  ...range(12).map((i) => help(`A${i}`, `c${i}`, '45B02', '2024-01-10', '2024-01-20', null, '0453')), // intensity 2, 10 days' wait
  ...range(5).map((i) => help(`B${i}`, `c${i}`, '43R01', '2023-05-01', '2023-06-01', '2023-12-31', '0453')), // intensity 5, then 2: stepped down
  help('B5', 'c5', '45B01', '2023-05-01', '2023-06-01', '2023-12-31', '0453'), //  intensity 1, then 2: not stepped down
  help('C11', 'c11', '46C01', '2024-04-01', '2024-04-01', '2024-04-05', '0453'), // crisis, intensity 5 after 2: not stepped down
  ...range(3).map((i) => help(`Q${i}`, `n${i}`, '45B02', '2024-03-05', null, null, '0453')), //  still waiting: 3
];

let api: TestApi;
let admin: Record<string, string>;
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  admin = await bearer({ sub: 'monitor-admin', roles: ['admin'] });
  await insertProducts(api.db, [product('45B01', '45-BGI'), product('45B02', '45-BHI'), product('43R01', '43-RES'), product('46C01', '46-VBL')]);
  await record(api, admin, { institution: 'DJGB', measures: MEASURES, region: 'JZ10', items: ITEMS });
});
afterAll(async () => { await api?.close(); });

const monitorOf = async (headers: Record<string, string>, regions: string[] | null) => api.gql(PROTECTION_MONITOR, { regions, ...YEAR }, headers);
const hidden = { activeAtStart: null, inflow: null, outflow: null, activeAtEnd: null };
const zeros = { activeAtStart: 0, inflow: 0, outflow: 0, activeAtEnd: 0 };

/**
 * Works out what the shown figures of one answer determine, through every identity it holds: per type
 * activeAtStart + inflow = total = outflow + activeAtEnd and endedCount = outflow; over types, the sum of the totals
 * is measuresActive. Gaussian elimination over the hidden cells and the type totals; returns those fixed uniquely.
 */
function derivable(row: any): string[] {
  const known = new Map<string, number | null>();
  row.measures.forEach((m: any, t: number) => {
    for (const f of ['activeAtStart', 'inflow', 'outflow', 'activeAtEnd']) known.set(`${t}.${f}`, m[f]);
    known.set(`${t}.endedCount`, row.durations[t].endedCount);
    known.set(`${t}.total`, null);
  });
  known.set('measuresActive', row.overlapYouthHelp.measuresActive);
  const equations: [string, number][][] = [
    ...row.measures.flatMap((_: unknown, t: number) => [
      [[`${t}.activeAtStart`, 1], [`${t}.inflow`, 1], [`${t}.total`, -1]],
      [[`${t}.outflow`, 1], [`${t}.activeAtEnd`, 1], [`${t}.total`, -1]],
      [[`${t}.endedCount`, 1], [`${t}.outflow`, -1]],
    ]),
    [...row.measures.map((_: unknown, t: number) => [`${t}.total`, 1] as [string, number]), ['measuresActive', -1]],
  ];
  const unknowns = [...known].filter(([, v]) => v === null).map(([cell]) => cell);
  // each equation as coefficients over the unknowns = constant from the known cells
  const matrix = equations.map((equation) => [
    ...unknowns.map((u) => equation.filter(([c]) => c === u).reduce((sum, [, s]) => sum + s, 0)),
    -equation.filter(([c]) => known.get(c) !== null).reduce((sum, [c, s]) => sum + s * known.get(c)!, 0),
  ]);
  let rank = 0;
  for (let col = 0; col < unknowns.length && rank < matrix.length; col += 1) {
    const pivot = matrix.findIndex((r, i) => i >= rank && Math.abs(r[col]) > 1e-9);
    if (pivot < 0) continue;
    [matrix[rank], matrix[pivot]] = [matrix[pivot], matrix[rank]];
    const p = matrix[rank][col];
    matrix[rank] = matrix[rank].map((v) => v / p);
    matrix.forEach((r, i) => { if (i !== rank && Math.abs(r[col]) > 1e-9) { const f = r[col]; matrix[i] = r.map((v, j) => v - f * matrix[rank][j]); } });
    rank += 1;
  }
  // a cell is fixed when its pivot row names no other unknown
  return unknowns.filter((_, col) => matrix.some((r) => Math.abs(r[col] - 1) < 1e-9 && r.slice(0, unknowns.length).every((v, j) => j === col || Math.abs(v) < 1e-9)));
}

describe('protectionMonitor with suppression (SUPPRESS_BELOW 5)', () => {
  it('hides small counts, their partners and what is computed from them, worked out by hand', async () => {
    const { data, errors } = await monitorOf(admin, ['JZ10']);
    expect(errors).toBeUndefined();
    const [row] = data.protectionMonitor;
    expect(row.measures).toEqual([
      // OTS: 12 at start, inflow 3 (small): the pair activeAtStart/inflow is hidden; outflow 0 and 15 at end stay
      { type: 'OTS', activeAtStart: null, inflow: null, outflow: 0, activeAtEnd: 15 },
      { type: 'VOORLOPIGE_OTS', ...zeros },
      // VOOGDIJ: 8 at start, 0 in, 6 out, 2 at end (small): outflow/activeAtEnd hidden; then hidden entirely as the second
      // type, because JR's small total (2) would otherwise be measuresActive 25 - OTS 15 - VOOGDIJ 8
      { type: 'VOOGDIJ', ...hidden },
      { type: 'VOORLOPIGE_VOOGDIJ', ...zeros },
      { type: 'TIJDELIJKE_VOOGDIJ', ...zeros },
      { type: 'JEUGDRECLASSERING', ...hidden }, // total 2: all four hidden
    ]);
    expect(row.durations).toEqual([
      { type: 'OTS', endedCount: 0, medianDays: null },
      { type: 'VOORLOPIGE_OTS', endedCount: 0, medianDays: null },
      { type: 'VOOGDIJ', endedCount: null, medianDays: null }, // 6 ended, but outflow is hidden and endedCount is outflow
      { type: 'VOORLOPIGE_VOOGDIJ', endedCount: 0, medianDays: null },
      { type: 'TIJDELIJKE_VOOGDIJ', endedCount: 0, medianDays: null },
      { type: 'JEUGDRECLASSERING', endedCount: null, medianDays: null },
    ]);
    expect(row.otsToGuardianship).toBe(0);
    // 25 active (15 OTS + 8 VOOGDIJ + 2 JR); 12 with youth help (c0..c11), 13 without: both shown; share 12 / 25
    expect(row.overlapYouthHelp).toEqual({ measuresActive: 25, withOverlap: 12, share: 0.48 });
    // one with crisis help (c11): hidden, and its share
    expect(row.overlapCrisis).toEqual({ measuresActive: 25, withOverlap: null, share: null });
    // 12 waited 10 days, C11 0 days: 13 started, median the 7th of 0 10 10 ... = 10, p90 the ceil(11.7) = 12th = 10; 3 still waiting: hidden
    expect(row.waiting).toEqual({ startedCount: 13, medianDays: 10, p90Days: 10, stillWaiting: null });
    // eligible: c0..c4 (stepped down), c5 and c11 (not) = 7; 5 stepped down but 2 did not (small complement): hidden
    expect(row.stepDown).toEqual({ eligible: 7, steppedDown: null, share: null });
  });

  it('leaves no hidden figure derivable from the shown ones', async () => {
    const [row] = (await monitorOf(admin, ['JZ10'])).data.protectionMonitor;
    // Only the totals of OTS (0 + 15 = 15, not small) and of the empty types (0) follow from the shown figures:
    // no hidden cell, and not the totals of VOOGDIJ (2) or JEUGDRECLASSERING (5).
    expect(derivable(row)).toEqual(['0.total', '1.total', '3.total', '4.total']);
    // The same solver finds what weaker suppression would give away: with only OTS's small inflow hidden, the inflow
    // itself; without the second type (VOOGDIJ shown as 8 0 6 2), JR's total 2 from measuresActive.
    const primaryOnly = structuredClone(row);
    primaryOnly.measures[0] = { type: 'OTS', activeAtStart: 12, inflow: null, outflow: 0, activeAtEnd: 15 };
    expect(derivable(primaryOnly)).toContain('0.inflow');
    const noSecondType = structuredClone(row);
    noSecondType.measures[2] = { type: 'VOOGDIJ', activeAtStart: 8, inflow: 0, outflow: 6, activeAtEnd: 2 };
    noSecondType.durations[2].endedCount = 6;
    expect(derivable(noSecondType)).toContain('5.total');
  });

  it('hides one more type when the types hidden entirely would add up to a small total', async () => {
    const { suppress } = await import('../src/domain/monitor/suppression.js');
    const flow = (type: string, activeAtStart: number, inflow: number, outflow: number, activeAtEnd: number) =>
      ({ type, activeAtStart, inflow, outflow, activeAtEnd, medianDays: null });
    const counts = { measuresActive: 38, withOverlap: 20 };
    const row = suppress({
      region: 'JZ10',
      flows: [flow('OTS', 20, 5, 5, 20), flow('VOORLOPIGE_OTS', 0, 0, 0, 0), flow('VOOGDIJ', 10, 0, 0, 10),
        flow('VOORLOPIGE_VOOGDIJ', 0, 1, 0, 1), flow('TIJDELIJKE_VOOGDIJ', 0, 0, 0, 0), flow('JEUGDRECLASSERING', 0, 2, 0, 2)],
      otsToGuardianship: 0, overlapYouthHelp: counts, overlapCrisis: counts,
      waiting: { startedCount: 0, medianDays: null, p90Days: null, stillWaiting: 0 }, stepDown: { eligible: 0, steppedDown: 0 },
    }, 5);
    // VV (1) and JR (2) are hidden entirely; 38 - OTS 25 - VOOGDIJ 10 would give their sum 3, so VOOGDIJ goes too
    // (the smallest total of at least 5): 38 - 25 = 13 for three hidden types.
    expect(row.measures.map((m) => [m.type, m.activeAtStart, m.inflow, m.outflow, m.activeAtEnd])).toEqual([
      ['OTS', 20, 5, 5, 20], ['VOORLOPIGE_OTS', 0, 0, 0, 0], ['VOOGDIJ', null, null, null, null],
      ['VOORLOPIGE_VOOGDIJ', null, null, null, null], ['TIJDELIJKE_VOOGDIJ', 0, 0, 0, 0], ['JEUGDRECLASSERING', null, null, null, null],
    ]);
  });

  it('shows everything with SUPPRESS_BELOW=0', async () => {
    const open = await startApi('reference', { JWT_SECRET: TEST_SECRET, SUPPRESS_BELOW: '0' });
    try {
      await insertProducts(open.db, [product('45B01', '45-BGI'), product('45B02', '45-BHI'), product('43R01', '43-RES'), product('46C01', '46-VBL')]);
      await record(open, admin, { institution: 'DJGB', measures: MEASURES, region: 'JZ10', items: ITEMS });
      const [row] = (await open.gql(PROTECTION_MONITOR, { regions: ['JZ10'], ...YEAR }, admin)).data.protectionMonitor;
      expect(row.measures[0]).toEqual({ type: 'OTS', activeAtStart: 12, inflow: 3, outflow: 0, activeAtEnd: 15 });
      expect(row.measures[2]).toEqual({ type: 'VOOGDIJ', activeAtStart: 8, inflow: 0, outflow: 6, activeAtEnd: 2 });
      expect(row.measures[5]).toEqual({ type: 'JEUGDRECLASSERING', activeAtStart: 0, inflow: 2, outflow: 0, activeAtEnd: 2 });
      // 2023-01-01 .. 2024-06-30 = 365 + 181 + 1 = 547 days, six times
      expect(row.durations[2]).toEqual({ type: 'VOOGDIJ', endedCount: 6, medianDays: 547 });
      expect(row.overlapCrisis).toEqual({ measuresActive: 25, withOverlap: 1, share: 1 / 25 });
      expect(row.waiting.stillWaiting).toBe(3);
      expect(row.stepDown).toEqual({ eligible: 7, steppedDown: 5, share: 5 / 7 });
    } finally {
      await open.close();
    }
  });
});

describe('who may read the monitor', () => {
  it('limits an analyst to the regions of its token: others are FORBIDDEN, omitted means its own', async () => {
    const analyst = await bearer({ sub: 'ijmond-analyst', roles: ['analyst'], regions: ['JZ10'] });
    expect((await monitorOf(analyst, ['JZ10'])).data.protectionMonitor.map((r: any) => r.region.code)).toEqual(['JZ10']);
    expect((await monitorOf(analyst, null)).data.protectionMonitor.map((r: any) => r.region.code)).toEqual(['JZ10']);
    const other = await monitorOf(analyst, ['JZ10', 'JZ11']);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(other.data).toEqual({ protectionMonitor: null });
  });

  it('gives an analyst without a regions claim and an admin every region; refuses others', async () => {
    const national = await bearer({ roles: ['analyst'] });
    expect((await monitorOf(national, null)).data.protectionMonitor).toHaveLength(42);
    expect((await monitorOf(admin, null)).data.protectionMonitor).toHaveLength(42);
    const integrator = await bearer({ roles: ['integrator'], regions: ['JZ10'] });
    expect((await monitorOf(integrator, ['JZ10'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await monitorOf({}, ['JZ10'])).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('uses the same number of SQL statements for one region as for all regions', async () => {
    const one = await api.countStatements(PROTECTION_MONITOR, { regions: ['JZ10'], ...YEAR }, admin);
    const all = await api.countStatements(PROTECTION_MONITOR, { regions: null, ...YEAR }, admin);
    expect(one.response.data.protectionMonitor).toHaveLength(1);
    expect(all.response.data.protectionMonitor).toHaveLength(42);
    expect(all.statements).toBe(one.statements);
    // begin, the query's settings, the KPIs, commit, the regions' codes in one batch, and the audit event
    expect(one.statements).toBeLessThanOrEqual(6);
  });
});

describe('the playground tabs of the monitor', () => {
  it('run as they stand, with an analyst token of the regions in their example variables', async () => {
    const { exampleTabs } = await import('../src/graphql/playground.js');
    const { readFileSync } = await import('node:fs');
    const tabs = exampleTabs(readFileSync(new URL('../src/graphql/contract.graphql', import.meta.url), 'utf8'));
    const monitor = tabs.find((tab) => tab.query.includes('protectionMonitor'))!;
    expect(monitor.query).toContain('npm run token -- --role analyst --region JZ13 --region JZ11');
    const analyst = await bearer({ roles: ['analyst'], regions: ['JZ13', 'JZ11'] });
    const { data, errors } = await api.gql(monitor.query, JSON.parse(monitor.variables), analyst);
    expect(errors).toBeUndefined();
    expect(data.protectionMonitor.map((row: any) => row.region.code)).toEqual(['JZ11', 'JZ13']);
    for (const name of ['WaitingReported', 'Availability']) {
      const tab = tabs.find((t) => t.query.includes(`query ${name}`))!;
      expect((await api.gql(tab.query, JSON.parse(tab.variables))).errors).toBeUndefined();
    }
  });
});
