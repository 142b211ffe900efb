/**
 * Children are identified only by a pseudonym derived at the source. A BSN (citizen service number) is never
 * stored: nine digits passing the eleven-test are refused. `pseudonymise` is the keyed hash every source uses,
 * so the same child gets the same pseudonym whichever GI or region sends it.
 */
import { createHmac } from 'node:crypto';

/** Nine digits (spaces, dots and dashes ignored) whose weighted sum 9..2 and -1 is divisible by 11. */
export function looksLikeBsn(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** HMAC-SHA-256 of the BSN (digits only) under the shared key, hex: 64 characters. */
export function pseudonymise(bsn: string, key: string): string {
  return createHmac('sha256', key).update(bsn.replace(/\D/g, '')).digest('hex');
}
