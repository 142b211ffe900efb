/**
 * Loading new CBS years of region membership (the shape of data/reference/jeugdregios.json). Each year not
 * loaded before is compared with the memberships open now; differences become validity periods: a moved
 * municipality's membership ends and a new one starts, a new municipality begins, one that is gone ends and
 * gets its successor. Years already loaded are skipped: history is never rewritten. The regions are fixed:
 * a year naming an unknown region is refused, never a new region.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal.js';
import { recordChanges, type ChangeInput } from '../changes/record.js';
import { sortErrors, type RowError } from '../batch/result.js';
import { inWriteTransaction } from '../batch/transaction.js';
import { parseMembershipFile } from './membershipFile.js';

export interface MembershipLoadResult {
  applied: boolean;
  yearsLoaded: number[];
  yearsSkipped: number[];
  municipalitiesCreated: number;
  municipalitiesEnded: number;
  membershipsStarted: number;
  membershipsEnded: number;
  /** `index` is the year; `field` names the municipality or region. */
  errors: RowError[];
}

interface Open { municipality: string; region: string; validFrom: string }

export async function loadMembershipYears(em: EntityManager, data: unknown, principal: Principal, dryRun = false): Promise<MembershipLoadResult> {
  const result: MembershipLoadResult = {
    applied: false, yearsLoaded: [], yearsSkipped: [], municipalitiesCreated: 0, municipalitiesEnded: 0, membershipsStarted: 0, membershipsEnded: 0, errors: [],
  };
  const { file, errors } = parseMembershipFile(data);
  if (!file) return { ...result, errors };
  return inWriteTransaction(em, ['reference'], async (tx, nothingWritten) => {
    const loaded = new Set((await tx.execute<{ year: number }[]>('select year from membership_snapshot')).map((r) => r.year));
    const provinces = new Map((await tx.execute<{ code: string; name: string }[]>('select code, name from province')).map((p) => [p.name, p.code]));
    const known = new Set((await tx.execute<{ code: string }[]>('select code from municipality')).map((m) => m.code));
    const regions = new Set((await tx.execute<{ code: string }[]>('select code from region')).map((r) => r.code));
    const open = new Map((await tx.execute<Open[]>(
      `select municipality_code as municipality, region_code as region, valid_from::text as "validFrom" from region_membership where valid_to is null`,
    )).map((m) => [m.municipality, m]));
    const changes: ChangeInput[] = [];
    const fail = (year: number, field: string, code: string, message: string) => result.errors.push({ index: year, field, code, message });

    for (const year of Object.keys(file.years).map(Number).sort((a, b) => a - b)) {
      if (loaded.has(year)) { result.yearsSkipped.push(year); continue; }
      const snapshotDate = `${year}-01-01`;
      const members = new Map(file.years[year].regions.flatMap((r) => r.municipalities.map((m) => [m.code, { ...m, region: r.code }] as const)));
      const moveDate = (code: string, region: string) =>
        file.regionMembershipChanges?.find((c) => c.code === code && c.toRegion === region && c.on.startsWith(String(year)))?.on ?? snapshotDate;

      for (const [code, member] of members) {
        if (!regions.has(member.region)) { fail(year, code, 'UNKNOWN_REGION', `${code} is put in ${member.region}, which is not one of the youth-care regions`); continue; }
        const current = open.get(code);
        let start = moveDate(code, member.region);
        if (!known.has(code)) {
          const province = provinces.get(member.province);
          if (!province) { fail(year, code, 'UNKNOWN_PROVINCE', `${code} names unknown province "${member.province}"`); continue; }
          start = file.municipalities[code]?.validFrom ?? snapshotDate;
          await tx.execute('insert into municipality (code, name, province_code, valid_from) values (?, ?, ?, ?)', [code, member.name, province, start]);
          known.add(code);
          result.municipalitiesCreated += 1;
          changes.push({ entity: 'Municipality', entityKey: code, regionCode: member.region, operation: 'CREATE', before: null, after: { name: member.name, province, validFrom: start } });
        }
        if (current?.region === member.region) continue;
        if (current) {
          if (start <= current.validFrom) { fail(year, code, 'WOULD_REWRITE_HISTORY', `${code} would leave ${current.region} on ${start}, not after its membership began (${current.validFrom})`); continue; }
          await endMembership(tx, current, start, changes);
          result.membershipsEnded += 1;
        }
        await tx.execute('insert into region_membership (municipality_code, region_code, valid_from) values (?, ?, ?)', [code, member.region, start]);
        open.set(code, { municipality: code, region: member.region, validFrom: start });
        result.membershipsStarted += 1;
        changes.push({ entity: 'RegionMembership', entityKey: `${code}/${start}`, regionCode: member.region, operation: 'CREATE', before: null, after: { region: member.region, validFrom: start } });
      }

      for (const [code, current] of [...open]) {
        if (members.has(code)) continue;
        const ended = file.municipalities[code];
        const end = ended?.validTo ?? snapshotDate;
        if (end <= current.validFrom) { fail(year, code, 'WOULD_REWRITE_HISTORY', `${code} would end on ${end}, not after its membership began (${current.validFrom})`); continue; }
        await endMembership(tx, current, end, changes);
        open.delete(code);
        result.membershipsEnded += 1;
        const successor = ended?.mergedInto && known.has(ended.mergedInto) ? ended.mergedInto : null;
        await tx.execute('update municipality set valid_to = ?, successor_code = ? where code = ? and valid_to is null', [end, successor, code]);
        result.municipalitiesEnded += 1;
        changes.push({ entity: 'Municipality', entityKey: code, regionCode: current.region, operation: 'UPDATE', before: { validTo: null }, after: { validTo: end, successor } });
      }
      await tx.execute('insert into membership_snapshot (year, loaded_at, loaded_by) values (?, now(), ?)', [year, principal.subject]);
      result.yearsLoaded.push(year);
    }

    const answer = { ...result, applied: !result.errors.length && !dryRun, errors: sortErrors(result.errors) };
    // Undo this transaction's work when it must not stay (the checks above ran against the writes so far) or there is none.
    if (!answer.applied || !result.yearsLoaded.length) nothingWritten(answer);
    await recordChanges(tx, { batchId: randomUUID(), principal: principal.subject }, changes);
    return answer;
  });
}

async function endMembership(tx: EntityManager, membership: Open, end: string, changes: ChangeInput[]): Promise<void> {
  await tx.execute('update region_membership set valid_to = ? where municipality_code = ? and valid_from = ?', [end, membership.municipality, membership.validFrom]);
  changes.push({
    entity: 'RegionMembership', entityKey: `${membership.municipality}/${membership.validFrom}`, regionCode: membership.region,
    operation: 'UPDATE', before: { validTo: null }, after: { validTo: end },
  });
}
