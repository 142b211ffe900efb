/**
 * Files shipped beside the code (schema/, data/, the contract) are found from the project root, the folder
 * holding package.json: the same from src/ under tsx and vitest as from the compiled dist/src/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the code');
    dir = parent;
  }
  return dir;
}

const root = findRoot();

/** A path inside the project, e.g. `projectPath('schema')`. */
export const projectPath = (...parts: string[]) => path.join(root, ...parts);
