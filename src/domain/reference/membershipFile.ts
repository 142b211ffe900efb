/**
 * The JSON a membership load sends (the shape of data/reference/jeugdregios.json), checked against a schema
 * before anything is read: a malformed file answers with row errors naming the year and the municipality
 * (or region), never with a crash. Codes come out normalised (`363` is `GM0363`, `jz11` is `JZ11`).
 */
import { z } from 'zod';
import type { JeugdregiosFile } from '../../reference/jeugdregios.js';
import { isDate, municipalityCode, regionCode } from '../codes.js';
import { sortErrors, type RowError } from '../sync/result.js';

const text = z.string().trim().min(1, 'must not be empty');
const date = z.string().refine(isDate, 'is not a calendar date YYYY-MM-DD');
const municipality = text.transform(municipalityCode);
const region = text.transform(regionCode);

const schema = z.object({
  years: z.record(
    z.string().regex(/^\d{4}$/, 'a year is four digits'),
    z.object({
      regions: z.array(z.object({
        code: region,
        name: text,
        municipalities: z.array(z.object({ code: municipality, name: text, province: text })),
      })),
    }),
  ),
  municipalities: z.record(z.string(), z.object({
    name: text,
    province: text,
    validFrom: date.optional(),
    validTo: date.optional(),
    mergedInto: municipality.optional(),
  })).default({}),
  regionMembershipChanges: z.array(z.object({ on: date, code: municipality, fromRegion: region, toRegion: region })).default([]),
});

export type MembershipFile = Pick<JeugdregiosFile, 'years' | 'regionMembershipChanges'> & {
  municipalities: Record<string, Omit<JeugdregiosFile['municipalities'][string], 'region'>>;
};

type Path = readonly PropertyKey[];

/** Names where an issue is: the year (0 outside `years`, e.g. in `municipalities`) and the municipality or region code found there, else the path. */
function locate(data: unknown, path: Path): { index: number; field: string } {
  const at = (steps: Path) => steps.reduce<unknown>((node, step) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[step] : undefined), data);
  const dotted = (steps: Path) => steps.map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`)).join('').replace(/^\./, '');
  if (path[0] === 'years' && typeof path[1] === 'string' && /^\d{4}$/.test(path[1])) {
    const code = (steps: Path) => { const value = (at(steps) as { code?: unknown } | undefined)?.code; return typeof value === 'string' && value ? value : null; };
    const named = (path.length > 5 ? code(path.slice(0, 6)) : null) ?? (path.length > 3 ? code(path.slice(0, 4)) : null);
    return { index: Number(path[1]), field: named ?? dotted(path.slice(2)) };
  }
  if (path[0] === 'municipalities' && typeof path[1] === 'string') return { index: 0, field: path[1] };
  return { index: 0, field: dotted(path) || 'data' };
}

/** The file, parsed and normalised, or every problem in it. */
export function parseMembershipFile(data: unknown): { file: MembershipFile; errors: [] } | { file: null; errors: RowError[] } {
  const parsed = schema.safeParse(data);
  if (parsed.success) {
    const municipalities = Object.fromEntries(Object.entries(parsed.data.municipalities).map(([code, m]) => [municipalityCode(code), m]));
    return { file: { ...parsed.data, municipalities }, errors: [] };
  }
  return {
    file: null,
    errors: sortErrors(parsed.error.issues.map((issue) => {
      const where = locate(data, issue.path);
      const path = issue.path.map(String).join('.');
      return { ...where, code: 'FILE_INVALID', message: `${path || 'the data'}: ${issue.message}` };
    })),
  };
}
