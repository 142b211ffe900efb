/** Building blocks for monitor tests: case records in the contract's input shape, written through the API as admin. */
import { expect } from 'vitest';
import type { TestApi } from './api.js';
import { operation } from './contract.js';

export const RECORD_MEASURES = operation('RecordMeasures');
export const RECORD_YOUTH_HELP = operation('RecordYouthHelp');
export const PROTECTION_MONITOR = operation('ProtectionMonitor');

export const measure = (externalId: string, client: string, municipality: string, type: string, start: string, end: string | null = null) =>
  ({ externalId, client, municipality, type, start, end });
export const help = (externalId: string, client: string, productCode: string, requested: string, start: string | null = null, end: string | null = null, municipality = '0392') =>
  ({ externalId, client, municipality, productCategory: productCode.slice(0, 2), productCode, requested, start, end });

/** Writes the records (as admin) and checks the batch was applied. */
export async function record(api: TestApi, admin: Record<string, string>, args: { institution?: string; region?: string; measures?: object[]; items?: object[] }) {
  if (args.measures) {
    const { data, errors } = await api.gql(RECORD_MEASURES, { institution: args.institution ?? 'DJGB', measures: args.measures }, admin);
    expect(errors).toBeUndefined();
    expect(data.recordMeasures).toMatchObject({ applied: true, errors: [] });
  }
  if (args.items) {
    const { data, errors } = await api.gql(RECORD_YOUTH_HELP, { region: args.region, items: args.items }, admin);
    expect(errors).toBeUndefined();
    expect(data.recordYouthHelp).toMatchObject({ applied: true, errors: [] });
  }
}
