/** waitingReported: the published counts of the source documents, and reportWaiting for new ones. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const WAITING = operation('WaitingReported');
const REPORT = operation('ReportWaiting');

let api: TestApi;
beforeAll(async () => { api = await startApi('reference', { JWT_SECRET: TEST_SECRET }); });
afterAll(async () => { await api?.close(); });

const reported = async (province: string | null, on: string) => {
  const { data, errors } = await api.gql(WAITING, { province, on });
  expect(errors).toBeUndefined();
  return data.waitingReported;
};
const row = (code: string, date: string, count: number) => ({ region: { code }, date, count });

describe('waitingReported', () => {
  it('returns the counts the Noord-Holland regions published after the inspectorate report of July 2021', async () => {
    // The nine regions' plans of approach: Kop van Noord-Holland 4 (23 Sept), West-Friesland 7 (23 Sept), Noord-Kennemerland 9,
    // Zaanstreek-Waterland 4, IJmond 15 (begin September), Zuid-Kennemerland 9 (August), Haarlemmermeer 0 (1 Oct): 48 in all.
    const end2021 = await reported('PV27', '2021-12-31');
    expect(end2021).toEqual({
      total: 48,
      regions: [row('JZ03', '2021-09-23', 4), row('JZ05', '2021-09-23', 7), row('JZ06', '2021-09-01', 9), row('JZ09', '2021-09-01', 4),
        row('JZ10', '2021-09-01', 15), row('JZ11', '2021-08-01', 9), row('JZ15', '2021-10-01', 0)],
    });
    // On 1 September only the reports dated on or before it: 9 + 4 + 15 + 9
    expect((await reported('PV27', '2021-09-01')).total).toBe(37);
    expect((await reported('PV25', '2021-12-31'))).toEqual({ total: 0, regions: [] });
    expect((await reported(null, '2021-12-31')).total).toBe(48);
  });

  it('keeps the source document of each published count', async () => {
    const { data } = await api.gql(`{ waitingReported(province: "PV27", on: "2021-12-31") { regions { source } } }`);
    for (const region of data.waitingReported.regions) expect(region.source).toMatch(/inspectorate's report of 5 July 2021/);
  });

  it('takes a new report from the region, which then counts as its latest', async () => {
    const integrator = await bearer({ sub: 'zk', roles: ['integrator'], regions: ['JZ11'] });
    const { data, errors } = await api.gql(REPORT, { region: 'jz11', date: '2022-03-01', count: 6, source: 'GI monthly report' }, integrator);
    expect(errors).toBeUndefined();
    expect(data.reportWaiting).toEqual({ region: { code: 'JZ11' }, date: '2022-03-01', count: 6 });
    await api.gql(REPORT, { region: 'JZ11', date: '2022-03-01', count: 6, source: 'GI monthly report' }, integrator);
    const later = await reported('PV27', '2022-06-01');
    expect(later.regions.find((r: any) => r.region.code === 'JZ11')).toEqual(row('JZ11', '2022-03-01', 6));
    expect(later.total).toBe(48 - 9 + 6);
    const admin = await bearer({ roles: ['admin'] });
    const feed = await api.gql('{ changes(entity: WaitingReport) { totalCount } }', {}, admin);
    expect(feed.data.changes.totalCount).toBe(1); // the same report twice is one change
  });

  it('refuses another region, no token and a negative count', async () => {
    const other = await bearer({ roles: ['integrator'], regions: ['JZ10'] });
    expect((await api.gql(REPORT, { region: 'JZ11', date: '2022-04-01', count: 3 }, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(REPORT, { region: 'JZ11', date: '2022-04-01', count: 3 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await bearer({ roles: ['admin'] });
    expect((await api.gql(REPORT, { region: 'JZ11', date: '2022-04-01', count: -1 }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await reported('PV27', '2022-12-31')).total).toBe(45);
  });
});
