/**
 * The contract's reference operations against real PostgreSQL. Expected values are read by hand from
 * data/reference/jeugdregios.json (CBS) and seed-facts.json, not from the API's output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';
import { operation } from './helpers/contract.js';

let api: TestApi;
beforeAll(async () => { api = await startApi('reference'); });
afterAll(async () => { await api?.close(); });

const codes = (list: { code: string }[]) => list.map((item) => item.code);

describe('Provinces', () => {
  it('lists the twelve provinces by code, each with its regions', async () => {
    const { data } = await api.gql(operation('Provinces'));
    expect(codes(data.provinces)).toEqual(['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31']);
    const gelderland = data.provinces.find((p: { code: string }) => p.code === 'PV25');
    expect(gelderland.name).toBe('Gelderland');
    expect(codes(gelderland.regions)).toEqual(['JZ12', 'JZ17', 'JZ21', 'JZ25', 'JZ28', 'JZ30', 'JZ32']);
  });
});

describe('RegionsInProvince', () => {
  it('gives the nine Noord-Holland regions with their members and GIs on a date', async () => {
    const { data } = await api.gql(operation('RegionsInProvince'), { province: 'PV27', on: '2021-06-01' });
    expect(codes(data.regions)).toEqual(['JZ03', 'JZ05', 'JZ06', 'JZ09', 'JZ10', 'JZ11', 'JZ13', 'JZ15', 'JZ16']);
    const zk = data.regions.find((r: { code: string }) => r.code === 'JZ11');
    expect(zk.municipalities.map((m: { name: string }) => m.name)).toEqual(['Bloemendaal', 'Haarlem', 'Heemstede', 'Zandvoort']);
    expect(codes(zk.certifiedInstitutions)).toEqual(['DJGB', 'LJR', 'WSS']);
  });

  it('follows a municipality that moved region: Zeewolde brings Noord-Veluwe into Flevoland from 2024', async () => {
    const before = await api.gql(operation('RegionsInProvince'), { province: 'PV24', on: '2023-12-31' });
    const after = await api.gql(operation('RegionsInProvince'), { province: 'PV24', on: '2024-01-01' });
    expect(codes(before.data.regions)).toEqual(['JZ08']);
    expect(codes(after.data.regions)).toEqual(['JZ08', 'JZ12']);
  });

  it('answers NOT_FOUND for an unknown province', async () => {
    const { errors } = await api.gql(operation('RegionsInProvince'), { province: 'PV99' });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('Region', () => {
  it('lists the members before and after the merger of Heerhugowaard and Langedijk into Dijk en Waard', async () => {
    const before = await api.gql(operation('Region'), { code: 'JZ06', on: '2021-12-31' });
    const after = await api.gql(operation('Region'), { code: 'JZ06', on: '2022-01-01' });
    expect(codes(before.data.region.municipalities)).toEqual(['GM0361', 'GM0373', 'GM0383', 'GM0398', 'GM0399', 'GM0416', 'GM0450']);
    expect(codes(after.data.region.municipalities)).toEqual(['GM0361', 'GM0373', 'GM0383', 'GM0399', 'GM0450', 'GM1980']);
    const dijkEnWaard = after.data.region.municipalities.find((m: { code: string }) => m.code === 'GM1980');
    expect(dijkEnWaard).toEqual({ code: 'GM1980', name: 'Dijk en Waard', validFrom: '2022-01-01', validTo: null });
  });

  it('drops Weesp from Gooi en Vechtstreek on its mid-year merger date, 2022-03-24', async () => {
    const before = await api.gql(operation('Region'), { code: 'JZ16', on: '2022-03-23' });
    const after = await api.gql(operation('Region'), { code: 'JZ16', on: '2022-03-24' });
    expect(codes(before.data.region.municipalities)).toContain('GM0457');
    expect(codes(after.data.region.municipalities)).toEqual(['GM0376', 'GM0402', 'GM0406', 'GM0417', 'GM1696', 'GM1942']);
  });

  it('knows a region that lies in two provinces: FoodValley in Gelderland and Utrecht', async () => {
    const { data } = await api.gql(operation('Region'), { code: 'jz21', on: '2025-01-01' });
    expect(data.region.code).toBe('JZ21');
    expect(codes(data.region.provinces)).toEqual(['PV25', 'PV26']);
  });

  it('returns null for an unknown region', async () => {
    const { data, errors } = await api.gql(operation('Region'), { code: 'JZ40' });
    expect(errors).toBeUndefined();
    expect(data.region).toBeNull();
  });
});

describe('Municipality', () => {
  it('gives a merged municipality its successor, end date and former region', async () => {
    const { data } = await api.gql(operation('Municipality'), { code: 'GM0398', on: '2021-06-01' });
    expect(data.municipality).toEqual({
      code: 'GM0398', name: 'Heerhugowaard', validFrom: null, validTo: '2022-01-01',
      province: { code: 'PV27', name: 'Noord-Holland' },
      region: { code: 'JZ06', name: 'Alkmaar (Noord-Kennemerland)' },
      successor: { code: 'GM1980', name: 'Dijk en Waard' },
    });
    const later = await api.gql(operation('Municipality'), { code: 'GM0398', on: '2022-06-01' });
    expect(later.data.municipality.region).toBeNull();
  });

  it('accepts the iJw gemeentecode and lower case, and has no successor while it exists', async () => {
    for (const code of ['0363', 'gm0363', 'GM0363']) {
      const { data } = await api.gql(operation('Municipality'), { code, on: '2025-01-01' });
      expect(data.municipality).toMatchObject({ code: 'GM0363', name: 'Amsterdam', region: { code: 'JZ13' }, successor: null, validTo: null });
    }
  });

  it('follows Voorschoten from Haaglanden to Holland Rijnland on 2024-01-01', async () => {
    const before = await api.gql(operation('Municipality'), { code: 'GM0626', on: '2023-12-31' });
    const after = await api.gql(operation('Municipality'), { code: 'GM0626', on: '2024-01-01' });
    expect(before.data.municipality.region.code).toBe('JZ24');
    expect(after.data.municipality.region.code).toBe('JZ18');
  });

  it('returns null for an unknown municipality', async () => {
    const { data } = await api.gql(operation('Municipality'), { code: 'GM9999' });
    expect(data.municipality).toBeNull();
  });
});

describe('CertifiedInstitutions', () => {
  it('lists the seven GIs of the source documents with the regions contracting them', async () => {
    const { data } = await api.gql(operation('CertifiedInstitutions'));
    expect(codes(data.certifiedInstitutions)).toEqual(['DJGB', 'JBG', 'JBRA', 'JBW', 'JVV', 'LJR', 'WSS']);
    const byCode = Object.fromEntries(data.certifiedInstitutions.map((gi: { code: string; regions: { code: string }[] }) => [gi.code, codes(gi.regions)]));
    expect(byCode.JBW).toEqual(['JZ18', 'JZ24', 'JZ27', 'JZ31']);
    expect(byCode.JBRA).toEqual(['JZ05', 'JZ09', 'JZ13', 'JZ15']);
    expect(byCode.JBG).toEqual(['JZ12', 'JZ17', 'JZ21', 'JZ25', 'JZ28', 'JZ30', 'JZ32']);
  });
});

describe('bad input', () => {
  it('answers a malformed date with BAD_USER_INPUT and a readable message, as a variable and inline', async () => {
    const asVariable = await api.gql(operation('Region'), { code: 'JZ11', on: '2024-02-30' });
    expect(asVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(asVariable.errors?.[0].message).toContain('YYYY-MM-DD');
    const inline = await api.gql('{ region(code: "JZ11") { municipalities(on: "next tuesday") { code } } }');
    expect(inline.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(inline.errors?.[0].message).toContain('next tuesday');
  });
});
