/**
 * `npm run import -- measures --institution JBRA --file measures.csv [--dry-run]` and
 * `npm run import -- youth-help --region JZ13 --file youth-help.csv [--dry-run]`: case records from CSV or JSON
 * through the same services as recordMeasures / recordYouthHelp, as an operator (admin).
 *
 * CSV columns, measures: externalId, client, municipality, type, start, end.
 * Youth help: externalId, client, municipality, productCategory, productCode, requested, start, end.
 * Empty cells are absent values. Clients must already be pseudonyms (npm run pseudonymise).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { regionCode } from '../domain/codes.js';
import { recordMeasures, type MeasureInput } from '../domain/monitor/measures.js';
import { recordYouthHelp, type YouthHelpInput } from '../domain/monitor/youthHelp.js';
import { requireRegions } from '../domain/reference/regions.js';
import { institutionsByCode } from '../domain/reference/institutions.js';
import { cell, readRows, report } from './readRows.js';

const measureFromCsv = (r: Record<string, string>): MeasureInput => ({
  externalId: r.externalId, client: r.client, municipality: r.municipality, type: r.type, start: r.start, end: cell(r.end),
});
const youthHelpFromCsv = (r: Record<string, string>): YouthHelpInput => ({
  externalId: r.externalId, client: r.client, municipality: r.municipality, productCategory: r.productCategory, productCode: r.productCode,
  requested: r.requested, start: cell(r.start), end: cell(r.end),
});

export async function importCases(
  em: EntityManager, kind: 'measures' | 'youth-help', args: { owner: string; file: string; dryRun: boolean; principal: Principal; maxRows: number },
): Promise<number> {
  if (kind === 'measures') {
    const institution = args.owner.trim().toUpperCase();
    if (!(await institutionsByCode(em, [institution]))[0]) throw new Error(`Unknown certified institution ${institution}`);
    const loaded = await readRows(args.file, measureFromCsv);
    console.error(`checking and writing ${loaded.rows.length} measures of ${institution}…`);
    const result = await recordMeasures(em, { institution, measures: loaded.rows, dryRun: args.dryRun, principal: args.principal, maxRows: args.maxRows });
    return report(result, loaded.lineOf, args.dryRun);
  }
  const [region] = await requireRegions(em, [regionCode(args.owner)]);
  const loaded = await readRows(args.file, youthHelpFromCsv);
  console.error(`checking and writing ${loaded.rows.length} youth-help items of ${region.code} ${region.name}…`);
  const result = await recordYouthHelp(em, { region: region.code, items: loaded.rows, dryRun: args.dryRun, principal: args.principal, maxRows: args.maxRows });
  return report(result, loaded.lineOf, args.dryRun);
}
