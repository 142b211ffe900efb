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
 * A page of rows fetched with `limit size + 1` (the extra row only says a next page exists). Pages are read
 * forward only, so `hasPreviousPage` is false, as the Relay spec allows for `first`/`after` paging.
 */
export function pageOf<T>(rows: T[], size: number, totalCount: number, cursorOf: (row: T) => string, after?: string | null) {
  const page = rows.slice(0, size);
  return {
    totalCount,
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: page.length ? cursorOf(page[0]) : null,
      endCursor: page.length ? cursorOf(page[page.length - 1]) : after ?? null,
    },
  };
}

/** The same for rows keyed by a bigint id, which PostgreSQL sends as text (safe as numbers far beyond any realistic count). */
export const idPage = <T extends { id: string }>(rows: T[], size: number, totalCount: number, encode: (id: number) => string, after?: string | null) =>
  pageOf(rows.map((row) => ({ ...row, id: Number(row.id) })), size, totalCount, (row) => encode(row.id), after);
