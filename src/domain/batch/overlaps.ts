/** Versions of one record (a product, a contract) must not overlap in time: the batch's, and the stored ones it keeps. */
import { rowsValidIn, type RowError } from './result.js';

interface Dated { validFrom: string; validTo: string | null }
interface Period extends Dated { key: string }

/** Pairs of versions whose half-open periods overlap, earlier-starting first. */
function overlappingVersions<T extends Dated>(versions: T[]): [T, T][] {
  const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const overlaps: [T, T][] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (sorted[j].validTo === null || sorted[j].validTo! > sorted[i].validFrom) overlaps.push([sorted[j], sorted[i]]);
    }
  }
  return overlaps;
}

/**
 * Every batch row whose period overlaps another version of the same record: another batch row, or a stored
 * version the batch does not replace (a stored version with the same start is replaced by the row).
 */
function overlapErrors(stored: Period[], incoming: (Period & { index: number })[]): RowError[] {
  const replaced = new Set(incoming.map((row) => `${row.key}/${row.validFrom}`));
  const versions = new Map<string, (Period & { index: number | null })[]>();
  const add = (version: Period & { index: number | null }) => versions.set(version.key, [...(versions.get(version.key) ?? []), version]);
  for (const version of stored) if (!replaced.has(`${version.key}/${version.validFrom}`)) add({ ...version, index: null });
  for (const row of incoming) add(row);

  const errors: RowError[] = [];
  for (const [key, list] of versions) {
    for (const [earlier, later] of overlappingVersions(list)) {
      const [blamed, other] = later.index !== null ? [later, earlier] : [earlier, later];
      if (blamed.index === null) continue; // two stored versions: not this batch's doing
      errors.push({
        index: blamed.index, field: 'validFrom', code: 'OVERLAPPING_PERIOD',
        message: `${key} from ${blamed.validFrom} overlaps the version from ${other.validFrom}${other.index === null ? ' already stored' : ` in row ${other.index}`}`,
      });
    }
  }
  return errors;
}

/**
 * The overlap errors of a batch of versions, each record named by `keyOf`. Rows whose `fields` (the key's and
 * the period's) failed the row checks are left out: their period means nothing yet.
 */
export function periodOverlaps<Row extends Dated & { index: number }, Stored extends Dated>(
  stored: Stored[], rows: Row[], rowErrors: RowError[], fields: string[], keyOf: (version: Row | Stored) => string,
): RowError[] {
  const period = (version: Row | Stored): Period => ({ key: keyOf(version), validFrom: version.validFrom, validTo: version.validTo });
  return overlapErrors(stored.map(period), rowsValidIn(rows, rowErrors, fields).map((row) => ({ ...period(row), index: row.index })));
}
