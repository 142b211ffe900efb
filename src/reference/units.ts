/** iJw units (WJ756) and how a tariff in each normalises for comparison across regions. */
import { sharedCategorisation } from './categorisation.js';

export const units = sharedCategorisation.units.list;
export const unitNames = units.map((unit) => unit.enum);
export const isUnit = (value: string) => unitNames.includes(value);

/**
 * The unit a spreadsheet cell names: the enum (`HOUR`), the iJw code (`04`, or `4` after a spreadsheet dropped
 * the zero) or the iJw name (`Uur`), in any case; null when it names none.
 */
export function unitFromText(text: string): string | null {
  const value = text.trim().toUpperCase();
  const code = /^\d{1,2}$/.test(value) ? value.padStart(2, '0') : null;
  return units.find((unit) => unit.enum === value || unit.code === code || unit.name.toUpperCase() === value)?.enum ?? null;
}

/** Units in the order comparison rows are listed. */
export const normalisedUnitOrder = [...new Set(units.flatMap((unit) => (unit.normalisesTo ? [unit.normalisesTo] : [])))];

/**
 * SQL expression that normalises `tariff` (integer cents, never negative: see sync/productRows.ts) in `unit` to
 * cents per normalised unit, rounded half up to whole cents; null for units left out of comparisons (EURO). In
 * bigint arithmetic, not numeric: a sync's segment refresh normalises every product of the categories it touched
 * (numeric took 9 of its 68 ms for 10,000 products). Half up of t / d for t >= 0 is (2t + d) / 2d, truncated.
 */
export function normalisedTariffSql(unit: string, tariff: string): { value: string; unit: string } {
  const valueCases = units
    .filter((u) => u.normalisesTo)
    .map((u) => {
      const expr = u.divisor ? `(${tariff}::bigint * 2 + ${u.divisor}) / ${2 * u.divisor}` : `${tariff}::bigint * ${u.factor ?? 1}`;
      return `when '${u.enum}' then ${expr}`;
    });
  const unitCases = units.filter((u) => u.normalisesTo).map((u) => `when '${u.enum}' then '${u.normalisesTo}'`);
  return {
    value: `(case ${unit} ${valueCases.join(' ')} end)`,
    unit: `(case ${unit} ${unitCases.join(' ')} end)`,
  };
}
