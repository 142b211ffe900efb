/**
 * `PSEUDONYM_KEY=... npm run pseudonymise < bsns.txt > pseudonyms.txt`: turns citizen service numbers (one a
 * line) into the pseudonyms the API accepts as `client`: HMAC-SHA-256 under a key every source shares, so every
 * GI and region derives the same pseudonym for the same child. Run it at the source; BSNs never reach the API.
 * A line that is not a BSN (nine digits passing the eleven-test) is reported by line number (never echoed) and
 * the command exits 1.
 */
import { createInterface } from 'node:readline';
import { looksLikeBsn, pseudonymise } from '../domain/monitor/pseudonym.js';

const MIN_KEY_LENGTH = 32;

async function main(): Promise<number> {
  const key = process.env.PSEUDONYM_KEY ?? '';
  if (key.length < MIN_KEY_LENGTH) {
    console.error(`Set PSEUDONYM_KEY to the shared secret key (at least ${MIN_KEY_LENGTH} characters).`);
    return 2;
  }
  let line = 0;
  let bad = 0;
  for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line += 1;
    const bsn = text.trim();
    if (!bsn) { process.stdout.write('\n'); continue; }
    if (!looksLikeBsn(bsn)) {
      bad += 1;
      console.error(`line ${line}: not a BSN (nine digits passing the eleven-test)`);
      process.stdout.write('\n');
      continue;
    }
    process.stdout.write(`${pseudonymise(bsn, key)}\n`);
  }
  return bad ? 1 : 0;
}

process.exitCode = await main();
