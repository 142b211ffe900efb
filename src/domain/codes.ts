/**
 * The one place where codes clients send are normalised, so a code that works in one operation works in all:
 * surrounding spaces and case never matter, and a municipality may be named as `GM0363`, `gm0363`, `0363`,
 * `363` or `GM363`. Services and loaders call these; nothing else trims or upper-cases a code.
 */
import { badInput } from './errors.js';

const upper = (code: string) => String(code ?? '').trim().toUpperCase();

/** Region (`JZ11`), province (`PV27`), shared category (`45-BHI`), GI (`DJGB`), provider and local product codes. */
export const regionCode = upper;
export const provinceCode = upper;
export const categoryCode = upper;
export const institutionCode = upper;
export const providerCode = upper;
export const productCode = upper;

/** A CBS municipality code: `GM` plus the four-digit iJw gemeentecode, given with or without `GM` and leading zeros. */
export function municipalityCode(code: string): string {
  const digits = upper(code).replace(/^GM/, '');
  return /^\d{1,4}$/.test(digits) ? `GM${digits.padStart(4, '0')}` : upper(code);
}

/** An iJw product category (JZ020): two digits; spaces around it are ignored. */
export const productCategory = upper;

/** The product category of a read, which must be one (iJw JZ020, two digits). */
export function requireProductCategory(value: string): string {
  const category = productCategory(value);
  if (!/^\d{2}$/.test(category)) throw badInput(`productCategory must be two digits (iJw JZ020, e.g. "45"), got "${value}"`);
  return category;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An ISO calendar date that exists (2024-02-29 does; 2023-02-29 and 2025-13-01 do not). Checked by arithmetic,
 * not through a Date: a batch checks 10,000 of them, and building two Dates and a string each took longer.
 */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}
