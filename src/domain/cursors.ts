/** Cursors of feeds ordered by a numeric id: opaque to clients, `<kind>:<id>` inside. */
import { badInput } from './errors.js';

export function idCursor(kind: string) {
  const pattern = new RegExp(`^${kind}:(\\d+)$`);
  return {
    encode: (id: number) => Buffer.from(`${kind}:${id}`).toString('base64url'),
    decode(cursor: string): number {
      const match = Buffer.from(cursor, 'base64url').toString('utf8').match(pattern);
      if (!match) throw badInput('after is not a cursor this API returned');
      return Number(match[1]);
    },
  };
}

/**
 * A page of rows fetched with `limit size + 1` (the extra row only says a next page exists); ids come from
 * PostgreSQL as text (bigint) and are safe as numbers far beyond any realistic count.
 */
export function idPage<T extends { id: string }>(rows: T[], size: number, totalCount: number, encode: (id: number) => string, after?: string | null) {
  const page = rows.slice(0, size).map((row) => ({ ...row, id: Number(row.id) }));
  return {
    totalCount,
    edges: page.map((node) => ({ cursor: encode(node.id), node })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encode(page[page.length - 1].id) : after ?? null },
  };
}
