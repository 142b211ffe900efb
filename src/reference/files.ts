/** The reference data shipped in data/reference (copied from CBS, iJw and the source documents). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../projectRoot.js';

const dataDir = projectPath('data', 'reference');

export function readReference<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;
}
