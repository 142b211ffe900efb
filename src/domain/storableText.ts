/**
 * PostgreSQL text cannot hold the NUL character (U+0000), nor a lone UTF-16 surrogate (half of a character, which
 * JavaScript strings allow and JSON escapes as `\ud800`): a parameter carrying either fails the whole statement.
 * Every door (the GraphQL API, the import command) finds such text here first, to refuse it and say where it is.
 */

/** Refused rather than walked: deeper than any input nests (a membership file, the deepest, takes five levels). */
export const MAX_DEPTH = 64;

/** A value nested deeper than MAX_DEPTH: walking it could run out of call stack. */
export class NestedTooDeep extends Error {
  constructor() { super(`deeper than ${MAX_DEPTH} levels`); }
}

/** Why PostgreSQL cannot store this text, or undefined when it can. */
export function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains the NUL character (U+0000), which text may not hold';
  if (!text.isWellFormed()) return 'contains a lone UTF-16 surrogate (half of a character), which is not Unicode text';
  return undefined;
}

export interface UnstorableText { path: (string | number)[]; why: string }

/** A path as a client writes it: `products[3].name`. */
export const pathText = ([first, ...rest]: (string | number)[]) =>
  `${first ?? ''}${rest.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')}`;

/** The first string (value or key) inside a value that PostgreSQL cannot store: the keys and indexes leading to it, and why. */
export function unstorableIn(value: unknown, depth = 0): UnstorableText | undefined {
  if (typeof value === 'string') {
    const why = unstorable(value);
    return why ? { path: [], why } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) throw new NestedTooDeep();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableIn(value[i], depth + 1);
      if (found) return { ...found, path: [i, ...found.path] };
    }
    return undefined;
  }
  // the path is built only on a hit: a 10,000-row batch has 100,000 strings and, as a rule, nothing to find
  for (const key in value) {
    const found = unstorableIn(key) ?? unstorableIn((value as Record<string, unknown>)[key], depth + 1);
    if (found) return { ...found, path: [key, ...found.path] };
  }
  return undefined;
}
