/**
 * protectionMonitor on a small hand-built set, with suppression off (SUPPRESS_BELOW=0): every field is worked out
 * by hand below. Period P = 2024-01-01 .. 2024-12-31, region Zuid-Kennemerland (JZ11, Haarlem 0392).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { help, measure, PROTECTION_MONITOR, record } from './helpers/monitor.js';
import { insertProducts } from './helpers/products.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

let api: TestApi;
let admin: Record<string, string>;

// JZ11's products and what they map onto (intensity from the shared categorisation):
// 45B01 -> 45-BGI (youth help, 1); 45B02 -> 45-BHI (youth help, 2); 43R01 -> 43-RES (youth help, 5);
// 46C01 -> 46-VBL (youth help, crisis, 5); 48J01 -> 48-OTS (youth protection, no intensity); 42V01 -> 42-VVR (youth help, no intensity).
const product = (productCode: string, category: string) => ({
  region: 'JZ11', productCategory: productCode.slice(0, 2), productCode, name: category, unit: 'HOUR', tariffCents: 9000,
  validFrom: '2021-01-01', mappings: [[category, 'EQUIVALENT']] as [string, string][],
});

const MEASURES = [
  measure('M1', 'c1', '0392', 'OTS', '2023-03-01', '2024-06-30'), // active at start, outflow
  measure('M2', 'c2', '0392', 'OTS', '2024-01-01'), //                starts ON from: inflow, active at end
  measure('M3', 'c3', '0392', 'OTS', '2023-05-01', '2023-12-31'), // ends the day BEFORE from: outside P everywhere
  measure('M4', 'c4', '0392', 'OTS', '2023-01-01', '2024-12-31'), // ends ON to: active at start, outflow, not active at end
  measure('M5', 'c5', '0392', 'VOORLOPIGE_OTS', '2024-02-01', '2024-04-30'), // inflow, outflow
  measure('M6', 'c1', '0392', 'VOOGDIJ', '2024-07-15'), //             15 days after M1 ended: transition; inflow, active at end
  measure('M7', 'c4', '0392', 'VOOGDIJ', '2025-02-15'), //             46 days after M4 ended: no transition; after P
  measure('M8', 'c5', '0392', 'TIJDELIJKE_VOOGDIJ', '2024-05-30', '2024-08-31'), // exactly 30 days after M5: transition
  measure('M9', 'c6', '0392', 'JEUGDRECLASSERING', '2023-09-01'), //   active at start and at end
  measure('M10', 'c3', '0392', 'VOOGDIJ', '2024-01-10'), //            after M3, whose end is not in P: no transition
];

const ITEMS = [
  help('Y1', 'c1', '45B02', '2023-12-01', '2024-01-15', '2024-03-31'),
  help('Y2', 'c1', '43R01', '2024-02-01', '2024-03-01'),
  help('Y3', 'c1', '45B01', '2024-05-01', '2024-05-20', '2024-12-31'),
  help('Y4', 'c2', '46C01', '2024-01-02', '2024-01-02', '2024-01-20'),
  help('Y5', 'c2', '45B02', '2024-02-01', '2024-04-01'),
  help('Y6', 'c4', '45B01', '2023-01-10', '2023-02-01', '2023-06-30'),
  help('Y7', 'c4', '45B02', '2024-06-01', '2024-07-01'),
  help('Y8', 'c5', '48J01', '2024-02-01', '2024-02-05'),
  help('Y9', 'c5', '42V01', '2024-09-10', '2024-09-15'),
  help('Y10', 'c6', '45B01', '2024-11-01'),
  help('Y11', 'c6', '46C01', '2024-03-01', '2024-03-10', '2024-03-12'),
  help('Y12', 'c7', '45B02', '2024-03-01', '2024-03-05'),
  help('Y13', 'c3', '45B02', '2023-12-15', '2024-01-05', '2024-01-09'),
  help('Y14', 'c2', '45B01', '2024-12-20', '2025-01-10'),
];

beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET, SUPPRESS_BELOW: '0' });
  admin = await bearer({ sub: 'monitor-admin', roles: ['admin'] });
  await insertProducts(api.db, [
    product('45B01', '45-BGI'), product('45B02', '45-BHI'), product('43R01', '43-RES'),
    product('46C01', '46-VBL'), product('48J01', '48-OTS'), product('42V01', '42-VVR'),
  ]);
  await record(api, admin, { measures: MEASURES, region: 'JZ11', items: ITEMS });
  await record(api, admin, {
    institution: 'JBRA',
    measures: [
      measure('Z1', 'z1', 'GM0050', 'OTS', '2023-06-01'), // Zeewolde, in Flevoland (JZ08) until 2024
      measure('Z2', 'z2', 'gm0050', 'OTS', '2024-03-01'), // Zeewolde, moved to Noord-Veluwe (JZ12) on 2024-01-01
      measure('H1', 'h1', '0398', 'OTS', '2021-06-01'), //   Heerhugowaard (JZ06), merged into Dijk en Waard on 2022-01-01
      measure('H2', 'h2', '1980', 'OTS', '2022-02-01'), //   Dijk en Waard (JZ06)
      measure('W1', 'w1', '0457', 'VOOGDIJ', '2022-01-10'), // Weesp, in Gooi en Vechtstreek (JZ16) until its merger on 2022-03-24
      measure('W2', 'w2', '0363', 'VOOGDIJ', '2022-04-01'), // Amsterdam (JZ13)
    ],
  });
});
afterAll(async () => { await api?.close(); });

const monitor = async (regions: string[] | null, from: string, to: string) => {
  const { data, errors } = await api.gql(PROTECTION_MONITOR, { regions, from, to }, admin);
  expect(errors).toBeUndefined();
  return data.protectionMonitor as any[];
};
const flow = (type: string, activeAtStart: number, inflow: number, outflow: number, activeAtEnd: number) => ({ type, activeAtStart, inflow, outflow, activeAtEnd });

describe('protectionMonitor, every field worked out by hand (suppression off)', () => {
  it('answers the whole 2024 monitor of Zuid-Kennemerland', async () => {
    const [row] = await monitor(['JZ11'], '2024-01-01', '2024-12-31');
    expect(row.region).toEqual({ code: 'JZ11' });
    expect(row.measures).toEqual([
      flow('OTS', 2, 1, 2, 1), //            M1, M4 active at start; M2 inflow; M1, M4 outflow; M2 at end (M3 nowhere). 2 + 1 - 2 = 1
      flow('VOORLOPIGE_OTS', 0, 1, 1, 0), // M5
      flow('VOOGDIJ', 0, 2, 0, 2), //        M6, M10 (M7 starts after P)
      flow('VOORLOPIGE_VOOGDIJ', 0, 0, 0, 0),
      flow('TIJDELIJKE_VOOGDIJ', 0, 1, 1, 0), // M8
      flow('JEUGDRECLASSERING', 1, 0, 0, 1), // M9
    ]);
    // c1 (M1 ended 2024-06-30, M6 from 07-15: 15 days) and c5 (M5 ended 04-30, M8 from 05-30: 30 days); not c4 (46 days), not c3 (M3 ended before P)
    expect(row.otsToGuardianship).toBe(2);
    expect(row.durations).toEqual([
      // M1: 2023-03-01..2024-06-30 = 366 + 121 + 1 = 488 days; M4: 2023-01-01..2024-12-31 = 365 + 365 + 1 = 731; median (488 + 731) / 2
      { type: 'OTS', endedCount: 2, medianDays: 609.5 },
      { type: 'VOORLOPIGE_OTS', endedCount: 1, medianDays: 90 }, //  M5: 2024-02-01..04-30 = 29 + 31 + 29 + 1
      { type: 'VOOGDIJ', endedCount: 0, medianDays: null },
      { type: 'VOORLOPIGE_VOOGDIJ', endedCount: 0, medianDays: null },
      { type: 'TIJDELIJKE_VOOGDIJ', endedCount: 1, medianDays: 94 }, // M8: 2024-05-30..08-31 = 2 + 30 + 31 + 30 + 1
      { type: 'JEUGDRECLASSERING', endedCount: 0, medianDays: null },
    ]);
    // Active in P: M1 M2 M4 M5 M6 M8 M9 M10 = 8. Youth help inside P and the measure: M1 (Y1), M2 (Y4), M4 (Y7), M6 (Y2, Y3),
    // M9 (Y11) = 5; not M5/M8 (Y8 is youth protection, Y9 starts after M8), not M10 (Y13 ends the day before M10 starts).
    expect(row.overlapYouthHelp).toEqual({ measuresActive: 8, withOverlap: 5, share: 5 / 8 });
    // Crisis help (46C01) inside the measure: M2 (Y4) and M9 (Y11)
    expect(row.overlapCrisis).toEqual({ measuresActive: 8, withOverlap: 2, share: 2 / 8 });
    // Requested in P with a measure on the request date: Y2 29 days, Y3 19, Y4 0, Y5 60, Y7 30, Y8 4, Y11 9 started by `to`;
    // Y10 (not started) and Y14 (starts 2025) still waiting; Y9 (no measure on 09-10), Y12 (no measure), Y1/Y6/Y13 (asked before P) left out.
    // Sorted 0 4 9 19 29 30 60: median the 4th = 19; p90 by nearest rank ceil(0.9 * 7) = 7th = 60.
    expect(row.waiting).toEqual({ startedCount: 7, medianDays: 19, p90Days: 60, stillWaiting: 2 });
    // Two or more items of known intensity started during the measure: M1 (Y1 2, Y2 5, Y3 1: last 1 < 5, stepped down),
    // M2 (Y4 5, Y5 2: stepped down), M4 (Y6 1, Y7 2: not). M9 has one started item; Y8/Y9 have no intensity.
    expect(row.stepDown).toEqual({ eligible: 3, steppedDown: 2, share: 2 / 3 });
  });

  it('files a measure under the region its municipality belonged to on the start date (a move and two mergers)', async () => {
    const rows = await monitor(['JZ08', 'JZ12'], '2024-01-01', '2024-12-31');
    const ots = (code: string) => rows.find((r) => r.region.code === code).measures[0];
    expect(ots('JZ08')).toEqual(flow('OTS', 1, 0, 0, 1)); // Z1 started in 2023, when Zeewolde was in JZ08
    expect(ots('JZ12')).toEqual(flow('OTS', 0, 1, 0, 1)); // Z2 started after the move

    const rows2022 = await monitor(['JZ06', 'JZ13', 'JZ16'], '2022-01-01', '2022-12-31');
    const of = (code: string) => rows2022.find((r) => r.region.code === code).measures;
    expect(of('JZ06')[0]).toEqual(flow('OTS', 1, 1, 0, 2)); //     H1 (Heerhugowaard, 2021) and H2 (Dijk en Waard, 2022)
    expect(of('JZ16')[2]).toEqual(flow('VOOGDIJ', 0, 1, 0, 1)); // W1: Weesp before the merger
    expect(of('JZ13')[2]).toEqual(flow('VOOGDIJ', 0, 1, 0, 1)); // W2: Amsterdam
  });

  it('moves the period edges: a measure ending the day before `from` is left out, one ending on `to` is outflow', async () => {
    // P = 2023-12-31 .. 2024-06-30: M3 ends ON from (active at start, outflow); M1 ends ON to (outflow, not active at end);
    // M4 runs past to. M2 starts inside P.
    const [row] = await monitor(['JZ11'], '2023-12-31', '2024-06-30');
    expect(row.measures[0]).toEqual(flow('OTS', 3, 1, 2, 2)); // at start M1 M3 M4; inflow M2; outflow M3 M1; at end M2 M4
    // P = 2024-01-01 .. 2024-01-01: one day. M2 starts on it; M1, M4, M9 run through it.
    const [day] = await monitor(['JZ11'], '2024-01-01', '2024-01-01');
    expect(day.measures[0]).toEqual(flow('OTS', 2, 1, 0, 3));
    expect(day.overlapYouthHelp).toEqual({ measuresActive: 4, withOverlap: 0, share: 0 }); // no help started on 2024-01-01 within them
  });

  it('refuses a period whose end is before its start, and an unknown region', async () => {
    const backwards = await api.gql(PROTECTION_MONITOR, { regions: ['JZ11'], from: '2024-02-01', to: '2024-01-01' }, admin);
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(PROTECTION_MONITOR, { regions: ['JZ40'], from: '2024-01-01', to: '2024-12-31' }, admin);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
