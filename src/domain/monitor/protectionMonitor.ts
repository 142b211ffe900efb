/** protectionMonitor: the caller's regions (or those asked, when allowed), KPIs from SQL, then disclosure control. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { monitorRegions, type Caller } from '../../auth/authorise.js';
import { regionCode } from '../codes.js';
import { badInput, notFound } from '../errors.js';
import { computeKpis } from './kpis.js';
import { suppress, type MonitorRow } from './suppression.js';

export async function protectionMonitor(
  em: EntityManager,
  args: { caller: Caller; regions?: readonly string[] | null; from: string; to: string; suppressBelow: number },
): Promise<MonitorRow[]> {
  const asked = args.regions ? [...new Set(args.regions.map(regionCode))] : null;
  const regions = monitorRegions(args.caller, asked);
  if (args.to < args.from) throw badInput(`to (${args.to}) is before from (${args.from})`);
  const rows = await computeKpis(em, { regions, from: args.from, to: args.to });
  const unknown = (regions ?? []).filter((code) => !rows.some((row) => row.region === code));
  if (unknown.length) throw notFound(`Unknown region ${unknown.join(', ')}`);
  return rows.map((row) => suppress(row, args.suppressBelow));
}
