/**
 * Reading the cells of a product list as spreadsheets write them (Dutch Excel above all): amounts in euros with a
 * decimal comma or point, dates as YYYY-MM-DD or d-m-yyyy, several mappings in one cell. Each reader returns
 * the value, or a sentence saying why the cell cannot be read.
 */
import type { ProductInput } from '../domain/sync/productRows.js';

export type Read<T> = { value: T } | { problem: string };

/**
 * Euros to whole cents: `95`, `95,00`, `95.00`, `€ 1.234,56`, `1,234.56`. When both separators appear the
 * last one is the decimal separator; a lone separator followed by one or two digits is one too.
 */
export function euroCents(cell: string): Read<number> {
  const text = cell.replace(/€|\s/g, '');
  const match = text.match(/^(-?)(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/);
  if (!match || (match[3] && match[3] === match[4])) {
    return { problem: `"${cell}" is not an amount in euros (e.g. 95,00 or 95.00)` };
  }
  const [, sign, whole, , , cents = ''] = match;
  const value = Number(whole.replace(/[.,]/g, '')) * 100 + Number(cents.padEnd(2, '0'));
  return { value: sign ? -value : value };
}

/** Whole cents as written (`9500`). */
export function wholeCents(cell: string): Read<number> {
  return /^-?\d+$/.test(cell.trim()) ? { value: Number(cell.trim()) } : { problem: `"${cell}" is not a whole number of cents` };
}

/**
 * A date as YYYY-MM-DD (passed on as written: the sync checks that it exists), or as Dutch Excel writes it,
 * d-m-yyyy or dd/mm/yyyy, turned into YYYY-MM-DD.
 */
export function isoDate(cell: string): string {
  const dutch = cell.trim().match(/^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : cell.trim();
}

/** `45-BHI` or `45-BHI:EQUIVALENT;54-SPC:RELATED` (`|` separates too); an empty cell is no mappings. */
export function mappings(cell: string): NonNullable<ProductInput['mappings']> {
  return cell.split(/[;|]/).map((part) => part.trim()).filter(Boolean).map((part) => {
    const [category, relationship] = part.split(':').map((s) => s.trim());
    return { category, relationship: relationship || null };
  });
}
