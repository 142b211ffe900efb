/**
 * Loading a new CBS year: a made-up 2026 in which Haarlem and Bloemendaal merge into a new municipality and
 * Zandvoort moves from Zuid-Kennemerland to IJmond. History before 2026 stays as it was.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';
import { bearer, TEST_SECRET } from './helpers/tokens.js';

const LOAD = `mutation($data: JSON!, $dryRun: Boolean) { loadRegionMembership(data: $data, dryRun: $dryRun) {
  applied yearsLoaded yearsSkipped municipalitiesCreated municipalitiesEnded membershipsStarted membershipsEnded errors { index field code } } }`;
const shipped = JSON.parse(readFileSync(new URL('../data/reference/jeugdregios.json', import.meta.url), 'utf8'));

function year2026() {
  const regions = structuredClone(shipped.years['2025'].regions) as { code: string; municipalities: { code: string; name: string; province: string }[] }[];
  const zk = regions.find((r) => r.code === 'JZ11')!;
  const ijmond = regions.find((r) => r.code === 'JZ10')!;
  const zandvoort = zk.municipalities.find((m) => m.code === 'GM0473')!;
  zk.municipalities = [
    ...zk.municipalities.filter((m) => !['GM0392', 'GM0377', 'GM0473'].includes(m.code)),
    { code: 'GM1999', name: 'Haarlem-Bloemendaal', province: 'Noord-Holland' },
  ];
  ijmond.municipalities.push(zandvoort);
  return {
    years: { '2025': shipped.years['2025'], '2026': { regions } },
    municipalities: {
      GM0392: { name: 'Haarlem', province: 'Noord-Holland', validTo: '2026-01-01', mergedInto: 'GM1999' },
      GM0377: { name: 'Bloemendaal', province: 'Noord-Holland', validTo: '2026-01-01', mergedInto: 'GM1999' },
      GM1999: { name: 'Haarlem-Bloemendaal', province: 'Noord-Holland', validFrom: '2026-01-01' },
    },
    regionMembershipChanges: [{ on: '2026-01-01', code: 'GM0473', fromRegion: 'JZ11', toRegion: 'JZ10' }],
  };
}

let api: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startApi('reference', { JWT_SECRET: TEST_SECRET });
  admin = await bearer({ sub: 'cbs-loader', roles: ['admin'] });
});
afterAll(async () => { await api?.close(); });

const members = async (region: string, on: string) =>
  (await api.gql(operation('Region'), { code: region, on })).data.region.municipalities.map((m: { code: string }) => m.code);

describe('loadRegionMembership', () => {
  it('is for admins only', async () => {
    const integrator = await bearer({ roles: ['integrator'], regions: ['JZ11'] });
    expect((await api.gql(LOAD, { data: year2026() }, integrator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(LOAD, { data: year2026() })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts a dry run and writes nothing', async () => {
    const { data } = await api.gql(LOAD, { data: year2026(), dryRun: true }, admin);
    expect(data.loadRegionMembership).toMatchObject({ applied: false, yearsLoaded: [2026], yearsSkipped: [2025], municipalitiesCreated: 1, errors: [] });
    expect(await members('JZ11', '2026-06-01')).toEqual(['GM0377', 'GM0392', 'GM0397', 'GM0473']);
  });

  it('answers a malformed file with row errors naming the year and the municipality, never a crash', async () => {
    const shapeless = await api.gql(LOAD, { data: { years: { '2026': { regions: 5 } } } }, admin);
    expect(shapeless.errors).toBeUndefined();
    expect(shapeless.data.loadRegionMembership).toMatchObject({ applied: false, errors: [{ index: 2026, field: 'regions', code: 'FILE_INVALID' }] });

    const data = year2026();
    data.municipalities.GM1999.validFrom = '2025-13-01';
    data.regionMembershipChanges[0].on = '2026-02-30';
    const zk = data.years['2026'].regions.find((r: { code: string }) => r.code === 'JZ11')!;
    zk.municipalities.find((m: { code: string }) => m.code === 'GM0397')!.province = '';
    const { data: answer, errors } = await api.gql(LOAD, { data }, admin);
    expect(errors).toBeUndefined();
    expect(answer.loadRegionMembership.applied).toBe(false);
    expect(answer.loadRegionMembership.errors).toEqual([
      { index: 0, field: 'GM1999', code: 'FILE_INVALID' },
      { index: 0, field: 'regionMembershipChanges[0].on', code: 'FILE_INVALID' },
      { index: 2026, field: 'GM0397', code: 'FILE_INVALID' },
    ]);
  });

  it('refuses a year naming an unknown region, creating no region; takes jz11 and 397 as JZ11 and GM0397', async () => {
    const unknown = year2026();
    unknown.years['2026'].regions.find((r: { code: string }) => r.code === 'JZ11')!.code = 'JZ99';
    const refused = await api.gql(LOAD, { data: unknown }, admin);
    // Zuid-Kennemerland's two 2026 members (Heemstede and the merged Haarlem-Bloemendaal) are put in JZ99.
    expect(refused.data.loadRegionMembership).toMatchObject({ applied: false, errors: [
      { index: 2026, field: 'GM0397', code: 'UNKNOWN_REGION' }, { index: 2026, field: 'GM1999', code: 'UNKNOWN_REGION' },
    ] });
    expect((await api.gql('{ regions { code } }')).data.regions).toHaveLength(42);

    const odd = year2026();
    const zk = odd.years['2026'].regions.find((r: { code: string }) => r.code === 'JZ11')!;
    zk.code = ' jz11';
    zk.municipalities.find((m: { code: string }) => m.code === 'GM0397')!.code = '397';
    const { data } = await api.gql(LOAD, { data: odd, dryRun: true }, admin);
    expect(data.loadRegionMembership).toEqual({
      applied: false, yearsLoaded: [2026], yearsSkipped: [2025], municipalitiesCreated: 1, municipalitiesEnded: 2,
      membershipsStarted: 2, membershipsEnded: 3, errors: [],
    });
    expect((await api.gql('{ regions { code } }')).data.regions).toHaveLength(42);
  });

  it('turns the 2026 differences into periods and keeps 2025 as it was', async () => {
    const { data } = await api.gql(LOAD, { data: year2026() }, admin);
    // Started: GM1999 in JZ11 and Zandvoort in JZ10. Ended: Zandvoort in JZ11, Haarlem, Bloemendaal.
    expect(data.loadRegionMembership).toEqual({
      applied: true, yearsLoaded: [2026], yearsSkipped: [2025], municipalitiesCreated: 1, municipalitiesEnded: 2,
      membershipsStarted: 2, membershipsEnded: 3, errors: [],
    });
    expect(await members('JZ11', '2025-12-31')).toEqual(['GM0377', 'GM0392', 'GM0397', 'GM0473']);
    expect(await members('JZ11', '2026-01-01')).toEqual(['GM0397', 'GM1999']);
    expect(await members('JZ10', '2026-01-01')).toEqual(['GM0375', 'GM0396', 'GM0453', 'GM0473']);
    const haarlem = await api.gql(operation('Municipality'), { code: 'GM0392', on: '2025-06-01' });
    expect(haarlem.data.municipality).toMatchObject({ validTo: '2026-01-01', region: { code: 'JZ11' }, successor: { code: 'GM1999', name: 'Haarlem-Bloemendaal' } });
  });

  it('skips years already loaded: loading again, or the shipped file, changes nothing', async () => {
    for (const data of [year2026(), shipped]) {
      const result = await api.gql(LOAD, { data }, admin);
      expect(result.data.loadRegionMembership).toMatchObject({ yearsLoaded: [], membershipsStarted: 0, membershipsEnded: 0 });
    }
    expect(await members('JZ11', '2026-01-01')).toEqual(['GM0397', 'GM1999']);
  });

  it('survives a restart: seeding again does not undo the load', async () => {
    const { seed } = await import('../src/db/seed/index.js');
    await seed(api.db.orm.em.fork(), 'reference');
    expect(await members('JZ11', '2026-01-01')).toEqual(['GM0397', 'GM1999']);
    expect(await members('JZ11', '2025-06-01')).toEqual(['GM0377', 'GM0392', 'GM0397', 'GM0473']);
  });
});
