/**
 * What the server learns about one HTTP request while it runs, for its log line and its metrics: set up by
 * the request log middleware, filled in by the GraphQL plugin and the SQL statement counter. Kept in
 * AsyncLocalStorage so that code deep in a request (the ORM's logger) finds its own request, also when
 * requests run concurrently.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  requestId: string;
  /** SQL statements this request sent. */
  sqlStatements: number;
  /** The GraphQL operation, once Apollo resolved it. */
  operation?: { name: string; type: string };
  /** `extensions.code` of every error in the answer (each once). */
  errorCodes: Set<string>;
  /** Answered from the response cache (src/http/responseCache.ts), without running GraphQL. */
  cached?: boolean;
  /** The verified caller, when a token was sent and accepted. */
  caller?: { subject: string; roles: readonly string[] };
}

const storage = new AsyncLocalStorage<RequestScope>();

export const runInRequestScope = <T>(scope: RequestScope, work: () => T): T => storage.run(scope, work);

/** The request the calling code runs for; undefined outside a request (start-up, seeding, the CLI). */
export const currentRequest = (): RequestScope | undefined => storage.getStore();
