/** The few SQL shapes every service shares, so "valid on a date" is written one way everywhere. */

/** `alias`'s half-open [valid_from, valid_to) period holds the date bound to the `?` (null ends are open). */
export const validOn = (alias: string, date = '?::date') => `daterange(${alias}.valid_from, ${alias}.valid_to) @> ${date}`;

/**
 * The same test as validOn, as two comparisons binding the date twice: the planner estimates these from the
 * columns' statistics (it guesses 0.5% for `@>`), so it can tell that walking an ordered index beats a sort.
 */
export const validOnComparisons = (alias: string) => `${alias}.valid_from <= ?::date and (${alias}.valid_to is null or ${alias}.valid_to > ?::date)`;

/** A `?` bound to a JS string array, usable with `= any(...)` and `unnest(...)`, also when empty. */
export const textArray = 'array[?]::text[]';
export const dateArray = 'array[?]::date[]';

/** Made once: building a formatter costs more than a small read's SQL (it loads time-zone data). */
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

let formatted = { second: NaN, day: '' };

/** Today in the Netherlands, the default of every `on` argument: formatted at most once a second (it cost a read 2%). */
export function today(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== formatted.second) formatted = { second, day: DUTCH_DATE.format(second * 1000) };
  return formatted.day;
}

/** The `on` argument every read takes: the given date, or today. */
export const onDate = (args: { on?: string | null }) => args.on ?? today();

/** Groups rows by a key, keeping for every requested key a list (empty when no row matched). */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** Picks for every requested key its row, or null. */
export function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}
