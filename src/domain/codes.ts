/** Normalising and checking the identifiers clients send: region, municipality and product category codes. */
import { badInput } from './errors.js';

/** `jz11` and `JZ11` name the same region. */
export const regionCode = (code: string) => code.trim().toUpperCase();

/** `GM0363`, `gm0363` and the four-digit iJw gemeentecode `0363` name the same municipality. */
export function municipalityCode(code: string): string {
  const trimmed = code.trim().toUpperCase();
  return /^\d{4}$/.test(trimmed) ? `GM${trimmed}` : trimmed;
}

/** An iJw product category (JZ020) is exactly two digits. */
export function productCategory(value: string): string {
  if (!/^\d{2}$/.test(value)) throw badInput(`productCategory must be two digits (iJw JZ020, e.g. "45"), got "${value}"`);
  return value;
}

/** An ISO calendar date that exists (2024-02-29 does, 2023-02-29 does not). */
export const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
