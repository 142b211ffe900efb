/** The reference data shipped in data/reference (copied from CBS, iJw and the source documents). */
import { readFileSync } from 'node:fs';

const dataDir = new URL('../../data/reference/', import.meta.url);

export function readReference<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')) as T;
}
