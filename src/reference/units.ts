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
 * SQL expression that normalises `tariff` (integer cents) in `unit` to cents per normalised unit,
 * rounded half up to whole cents; null for units left out of comparisons (EURO).
 */
export function normalisedTariffSql(unit: string, tariff: string): { value: string; unit: string } {
  const valueCases = units
    .filter((u) => u.normalisesTo)
    .map((u) => {
      const expr = u.divisor ? `round(${tariff}::numeric / ${u.divisor})` : `${tariff}::numeric * ${u.factor ?? 1}`;
      return `when '${u.enum}' then ${expr}`;
    });
  const unitCases = units.filter((u) => u.normalisesTo).map((u) => `when '${u.enum}' then '${u.normalisesTo}'`);
  return {
    value: `(case ${unit} ${valueCases.join(' ')} end)`,
    unit: `(case ${unit} ${unitCases.join(' ')} end)`,
  };
}
