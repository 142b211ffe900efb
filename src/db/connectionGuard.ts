/**
 * Keeps the pg pool whole through database faults, and gives every statement a deadline.
 *
 * The leak (kysely-org/kysely#1990): kysely hands a transaction's connection back to the pool only after a
 * successful COMMIT or ROLLBACK. When the connection dies inside a transaction the ROLLBACK fails too,
 * MikroORM swallows that failure, and the pg client is never released: each such fault costs the pool one
 * connection for good. The fix lives where pg-pool hands a client out: the client's `release` is made
 * idempotent, and a client whose connection ends while it is checked out is released with an error at once,
 * which makes pg-pool destroy it and open a fresh one on demand. A later release by kysely is then a no-op.
 *
 * Deadlines: the server enforces `statement_timeout`, but a frozen or unreachable server enforces nothing, so
 * every query also gets a client-side deadline a little longer than the server's. When that fires, the
 * connection is destroyed (its query may still be running on the server, so the client cannot be reused);
 * PostgreSQL notices the closed socket through `client_connection_check_interval` and cancels the work.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

/** What a request's statements run under; set once per request (src/app.ts) or per command. */
export interface DatabaseScope {
  /** Server-side deadline of each statement, in ms. */
  statementTimeoutMs: number;
  /** The deadline inside a batch write (they move thousands of rows). */
  batchStatementTimeoutMs: number;
  /** Aborted when the request is gone (the client hung up): its statements are cancelled. */
  signal?: AbortSignal;
}

const scope = new AsyncLocalStorage<DatabaseScope>();
let fallback: DatabaseScope = { statementTimeoutMs: 10_000, batchStatementTimeoutMs: 120_000 };

/** Runs `work` with these deadlines and cancellation; statements outside any scope use the pool's defaults. */
export const withDatabaseScope = <T>(settings: DatabaseScope, work: () => T): T => scope.run(settings, work);

/** Whether the calling request's client hung up, so its statements were cancelled on purpose. */
export const requestCancelled = (): boolean => scope.getStore()?.signal?.aborted === true;

/** Runs a batch write with the batch deadline for its statements; returns that deadline for `set local`. */
export function withBatchDeadline<T>(work: (timeoutMs: number) => Promise<T>): Promise<T> {
  const current = scope.getStore() ?? fallback;
  return scope.run({ ...current, statementTimeoutMs: current.batchStatementTimeoutMs }, () => work(current.batchStatementTimeoutMs));
}

/** The message pg gives a query whose client-side deadline passed. */
export const CLIENT_DEADLINE = 'Query read timeout';

type Release = (error?: Error) => void;
type Query = (...args: unknown[]) => unknown;

/** Installs the guard on every client the pool opens. `graceMs` is how much longer than the server's deadline the client waits. */
export function guardPool(pool: pg.Pool, defaults: Omit<DatabaseScope, 'signal'>, graceMs: number): void {
  fallback = defaults;
  pool.on('connect', (client: pg.PoolClient) => {
    let release: Release | null = null;
    // pg-pool assigns a fresh `release` at every checkout: keep it, and hand out an idempotent one.
    Object.defineProperty(client, 'release', {
      configurable: true,
      get: (): Release => (error) => {
        const pending = release;
        release = null;
        pending?.(error);
      },
      set: (fn: Release) => {
        release = fn;
      },
    });
    client.on('end', () => {
      if (release) client.release(new Error('the database connection ended while in use'));
    });

    const destroy = () => (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    const query = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const current = scope.getStore();
      const { signal } = current ?? {};
      if (signal?.aborted) return Promise.reject(new Error('the request was cancelled'));
      // Only kysely's plain (text, values) calls get a deadline; cursors and pg's own calls pass through.
      if (typeof args[0] !== 'string') return query(...args);
      const deadline = (current ?? defaults).statementTimeoutMs + graceMs;
      const onAbort = () => destroy();
      signal?.addEventListener('abort', onAbort, { once: true });
      const result = query({ text: args[0], values: args[1], query_timeout: deadline }) as Promise<unknown>;
      return result.then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          return value;
        },
        (error: Error) => {
          signal?.removeEventListener('abort', onAbort);
          if (error?.message === CLIENT_DEADLINE) destroy();
          throw error;
        },
      );
    };
  });
}
