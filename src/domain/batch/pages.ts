/**
 * Forward-only pages of a connection (`first`/`after`), the one shape every paged list answers with: the page
 * size rule, the page builder and cursors of feeds ordered by a numeric id. A list with a compound sort key
 * (localProducts) keeps its own keyset cursor and builds its page here.
 */
import { badInput } from '../errors.js';

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 100;

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * A page of a feed that only grows (changes, the audit log): counting it costs what the feed holds, so the count
 * is a function its connection's `totalCount` resolver calls, and a reader that pages without it pays nothing.
 */
export type FeedPage<T> = Omit<Page<T>, 'totalCount'> & { count: () => Promise<number> };

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) throw badInput(`first must be from 0 to ${MAX_PAGE}, got ${size}`);
  return size;
}

/** Cursors of feeds ordered by a numeric id: opaque to clients, `<kind>:<id>` inside. */
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
export function pageOf<T>(rows: T[], size: number, cursorOf: (row: T) => string, after?: string | null): Omit<Page<T>, 'totalCount'> {
  const page = rows.slice(0, size);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: page.length ? cursorOf(page[0]) : null,
      endCursor: page.length ? cursorOf(page[page.length - 1]) : after ?? null,
    },
  };
}

/** A feed's page of rows keyed by a bigint id, which PostgreSQL sends as text (safe as numbers far beyond any realistic count). */
export function idPage<T extends { id: string }>(rows: T[], size: number, count: () => Promise<number>, encode: (id: number) => string, after?: string | null) {
  let counted: Promise<number> | undefined;
  const page = pageOf(rows.map((row) => ({ ...row, id: Number(row.id) })), size, (row) => encode(row.id), after);
  // counted once however many aliases of totalCount the query holds
  return { ...page, count: () => (counted ??= count()) };
}
